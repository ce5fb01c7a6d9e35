/// The growth rule of the writers that keep their bytes in storage of their own (the DEFLATE bit
/// writer, OfficePackage's XML writer), so that many small appends cost a copy each and no more.
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
}
