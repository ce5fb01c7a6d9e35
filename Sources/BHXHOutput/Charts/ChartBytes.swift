import ZipArchive

/// The growing UTF-8 bytes of one chart, in memory it alone owns. It cannot be copied, so an
/// append needs no check that the memory is shared (what every `Array.append` asks the runtime):
/// one comparison with the capacity and a store, for the few bytes each piece of a chart is.
struct ChartBytes: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    /// Bytes written.
    private(set) var count = 0
    private var capacity: Int

    /// Empty, with room for `capacity` bytes before it first grows.
    init(capacity: Int) {
        self.capacity = max(16, capacity)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    /// The bytes written, copied into an array.
    var array: [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

    /// Appends one byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        start[count] = byte
        count += 1
    }

    /// Appends `bytes`.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        (start + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Appends the decimal digits of `value`, most significant first.
    mutating func appendDigits(_ value: UInt) {
        if count + 20 > capacity { grow(toHold: count + 20) }
        count += ByteStorage.writeDigits(value, at: start + count)
    }

    /// Makes room for at least `needed` bytes, doubling the capacity at least.
    private mutating func grow(toHold needed: Int) {
        (start, capacity) = ByteStorage.grow(start, count: count, capacity: capacity, more: needed - count)
    }
}
