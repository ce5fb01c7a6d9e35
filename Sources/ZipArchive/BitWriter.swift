/// Packs values into bytes least significant bit first, as DEFLATE stores everything but
/// Huffman codes (which `HuffmanCode` hands over already bit-reversed).
///
/// The bytes grow in storage of the writer's own, from a 64-bit accumulator that never holds a
/// whole byte after a write: each write stores the accumulator's eight bytes at the end and moves
/// the end past the whole ones (a sheet of half a million rows is millions of tokens, each one
/// write: a shift, an or, a store and a shift; see `BitCursor`). The writer cannot be copied,
/// only passed on (`inout`) or read (`bytes`).
struct BitWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    /// The bits not yet in whole bytes (fewer than 8 between writes), the first in the lowest bit.
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

    /// Appends the low `count` bits of `value` (`count` ≤ 56, higher bits of `value` zero).
    @inline(__always)
    mutating func write(_ value: UInt64, count: Int) {
        withRoom(forBytes: 0) { $0.write(value, count: count) }
    }

    /// Runs `body` with a cursor that may write `bytes` bytes' worth of bits with no further check
    /// of room. The cursor's state lives in `body`'s registers, not in the writer, whose storage
    /// its stores could otherwise reach: a loop of writes then loads and stores no field.
    @inline(__always)
    mutating func withRoom<Result>(forBytes bytes: Int, _ body: (inout BitCursor) -> Result) -> Result {
        // The cursor stores eight bytes at a time, whole or not.
        if capacity - count < bytes + 8 { grow(bytes + 8) }
        var cursor = BitCursor(next: base + count, pending: pending, pendingCount: pendingCount)
        let result = body(&cursor)
        count = cursor.next - base
        pending = cursor.pending
        pendingCount = cursor.pendingCount
        return result
    }

    /// Pads with zero bits to the next byte boundary, moving the pending bits into `bytes`.
    mutating func alignToByte() {
        if pendingCount > 0 {
            if capacity == count { grow(1) }
            base[count] = UInt8(truncatingIfNeeded: pending)
            count += 1
        }
        pending = 0
        pendingCount = 0
    }

    /// Appends whole bytes; the writer must be at a byte boundary (after `alignToByte`).
    mutating func append(contentsOf raw: UnsafeBufferPointer<UInt8>) {
        guard let source = raw.baseAddress else { return }
        if capacity - count < raw.count { grow(raw.count) }
        (base + count).update(from: source, count: raw.count)
        count += raw.count
    }

    private mutating func grow(_ more: Int) {
        (base, capacity) = ByteStorage.grow(base, count: count, capacity: capacity, more: more)
    }
}

/// Where a `BitWriter` goes on while it is lent out (`BitWriter.withRoom(forBytes:_:)`): the next
/// byte to store and the bits not yet in a whole byte (fewer than 8 between writes).
struct BitCursor {
    fileprivate var next: UnsafeMutablePointer<UInt8>
    fileprivate var pending: UInt64
    fileprivate var pendingCount: Int

    /// Appends the low `count` bits of `value` (`count` ≤ 56, higher bits of `value` zero): the
    /// eight bytes of the pending bits are stored at `next`, which moves past the whole ones.
    @inline(__always)
    mutating func write(_ value: UInt64, count: Int) {
        pending |= value &<< UInt64(truncatingIfNeeded: pendingCount)
        pendingCount &+= count
        UnsafeMutableRawPointer(next).storeBytes(of: pending.littleEndian, as: UInt64.self)
        let whole = pendingCount & ~7
        next += whole &>> 3
        // `whole` is at most 56 + 7 rounded down, 56: the shift stays inside the word.
        pending = pending &>> UInt64(truncatingIfNeeded: whole)
        pendingCount &= 7
    }
}
