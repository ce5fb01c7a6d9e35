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

    /// Appends the decimal digits of `value`, most significant first: counted, then written from
    /// the last.
    mutating func appendDigits(_ value: UInt) {
        var length = 1
        var rest = value / 10
        while rest > 0 {
            length += 1
            rest /= 10
        }
        if count + length > capacity { grow(toHold: count + length) }
        var remaining = value
        var position = count + length
        repeat {
            position -= 1
            start[position] = UInt8(ascii: "0") + UInt8(remaining % 10)
            remaining /= 10
        } while remaining > 0
        count += length
    }

    /// Makes room for at least `needed` bytes, doubling the capacity at least.
    private mutating func grow(toHold needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let newStart = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStart.initialize(from: start, count: count)
        start.deallocate()
        start = newStart
        capacity = newCapacity
    }
}
