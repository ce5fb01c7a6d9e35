import BHXHOutput
import Foundation

/// Passes files on to another sink, counting them and their bytes.
public final class CountingSink: OutputSink, @unchecked Sendable {
    private let inner: OutputSink
    private let lock = NSLock()
    private var files = 0
    private var total = 0

    /// A sink that counts what it passes on to `inner`.
    public init(wrapping inner: OutputSink) { self.inner = inner }

    /// Passes one file on and counts it.
    public func write(_ bytes: [UInt8], to relativePath: String) throws(PublishError) {
        try inner.write(bytes, to: relativePath)
        lock.lock()
        files += 1
        total += bytes.count
        lock.unlock()
    }

    /// Files written so far.
    public var count: Int { lock.withLock { files } }
    /// Bytes written so far.
    public var bytes: Int { lock.withLock { total } }
}
