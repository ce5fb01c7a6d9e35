import BHXHBuild
import BHXHOutput
import Foundation

/// `site`: renders the whole site of the national sample (documents, tables, charts, pages)
/// with `OutputBuilder` into memory, counting the bytes instead of writing them: rendering
/// without the disk.
func siteBenchmark() throws {
    let national = try NationalFolder()
    defer { national.remove() }
    let (checked, _) = Pipeline.check(input: national.input, displayPath: "national", strict: false)
    guard let figures = checked else { preconditionFailure("the national sample does not compute") }
    let builder = OutputBuilder(figures: figures, options: OutputOptions(templateFolders: [ShippedTemplates.locate()]))
    let first = ByteCountingSink()
    try builder.write(to: first)
    print("site: \(first.files) files, \(first.bytes / 1_000_000) MB")
    try measure("site", runs: 5, bytes: first.bytes) {
        try builder.write(to: ByteCountingSink())
    }
}

/// A sink that keeps nothing: it counts the files and bytes it is given.
final class ByteCountingSink: OutputSink, @unchecked Sendable {
    private let lock = NSLock()
    private var fileCount = 0
    private var byteCount = 0

    func write(_ bytes: [UInt8], to relativePath: String) throws(PublishError) {
        lock.withLock {
            fileCount += 1
            byteCount += bytes.count
        }
    }

    /// Files given so far.
    var files: Int { lock.withLock { fileCount } }
    /// Bytes given so far.
    var bytes: Int { lock.withLock { byteCount } }
}
