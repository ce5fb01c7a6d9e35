/// Packs values into bytes least significant bit first, as DEFLATE stores everything but
/// Huffman codes (which `HuffmanCode` hands over already bit-reversed).
///
/// The bytes grow in storage of the writer's own, four at a time from a 64-bit accumulator: a
/// sheet of half a million rows is tens of millions of codes, each a shift, an or and now and
/// then a store. The writer cannot be copied, only passed on (`inout`) or read (`bytes`).
struct BitWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    private var pending: UInt64 = 0
    private var pendingCount = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// The whole bytes written so far.
    var bytes: [UInt8] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }

    /// Appends the low `count` bits of `value` (`count` ≤ 32, higher bits of `value` zero).
    @inline(__always)
    mutating func write(_ value: UInt32, count: Int) {
        pending |= UInt64(value) << UInt64(pendingCount)
        pendingCount += count
        if pendingCount >= 32 {
            if capacity - self.count < 4 { grow(4) }
            UnsafeMutableRawPointer(base + self.count).storeBytes(of: UInt32(truncatingIfNeeded: pending).littleEndian,
                                                                  as: UInt32.self)
            self.count += 4
            pending >>= 32
            pendingCount -= 32
        }
    }

    /// Pads with zero bits to the next byte boundary and moves every pending bit into `bytes`.
    mutating func alignToByte() {
        while pendingCount > 0 {
            appendByte(UInt8(truncatingIfNeeded: pending))
            pending >>= 8
            pendingCount = max(0, pendingCount - 8)
        }
        pending = 0
    }

    /// Appends whole bytes; the writer must be at a byte boundary (after `alignToByte`).
    mutating func append(contentsOf raw: UnsafeBufferPointer<UInt8>) {
        guard let source = raw.baseAddress else { return }
        if capacity - count < raw.count { grow(raw.count) }
        (base + count).update(from: source, count: raw.count)
        count += raw.count
    }

    private mutating func appendByte(_ byte: UInt8) {
        if capacity == count { grow(1) }
        base[count] = byte
        count += 1
    }

    private mutating func grow(_ more: Int) {
        (base, capacity) = ByteStorage.grow(base, count: count, capacity: capacity, more: more)
    }
}
