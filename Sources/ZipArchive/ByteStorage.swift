/// The growth rule and the digit writing of the writers that keep their bytes in storage of their
/// own (the DEFLATE bit writer, OfficePackage's XML writer, the charts' bytes), so that many small
/// appends cost a copy each and no more.
public enum ByteStorage {
    /// Moves the first `count` bytes at `base`, which holds `capacity`, into new storage with room
    /// for `more` bytes after them and at least twice the capacity; `base` is deallocated.
    /// - Returns: the new storage and its capacity.
    @inlinable
    public static func grow(
        _ base: UnsafeMutablePointer<UInt8>, count: Int, capacity: Int, more: Int
    ) -> (base: UnsafeMutablePointer<UInt8>, capacity: Int) {
        let newCapacity = max(capacity * 2, count + more)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        return (newBase, newCapacity)
    }

    /// Writes the decimal digits of `value` at `position`, most significant first, and returns how
    /// many it wrote: at most 20, which the caller must have room for. The digits are counted, then
    /// written from the last (a division by the constant 10 is a multiplication).
    @inlinable
    public static func writeDigits(_ value: UInt, at position: UnsafeMutablePointer<UInt8>) -> Int {
        var length = 1
        var limit: UInt = 10
        while value >= limit && length < 19 {
            length += 1
            limit &*= 10
        }
        if value >= limit { length += 1 }
        var rest = value
        var at = length
        repeat {
            at -= 1
            position[at] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        } while rest > 0
        return length
    }
}
