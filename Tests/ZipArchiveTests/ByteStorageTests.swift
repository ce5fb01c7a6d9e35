import Testing
import ZipArchive

@Suite struct ByteStorageTests {
    @Test func growingKeepsTheBytesAndAtLeastDoublesTheCapacity() {
        let base = UnsafeMutablePointer<UInt8>.allocate(capacity: 4)
        base.initialize(from: [7, 8, 9], count: 3)
        // Room for 2 more after 3 bytes is 5, less than twice 4: the capacity doubles.
        let doubled = ByteStorage.grow(base, count: 3, capacity: 4, more: 2)
        #expect(doubled.capacity == 8)
        #expect(Array(UnsafeBufferPointer(start: doubled.base, count: 3)) == [7, 8, 9])
        // Room for 20 more after 3 bytes is 23, more than twice 8: it takes what is asked.
        let asked = ByteStorage.grow(doubled.base, count: 3, capacity: 8, more: 20)
        #expect(asked.capacity == 23)
        #expect(Array(UnsafeBufferPointer(start: asked.base, count: 3)) == [7, 8, 9])
        asked.base.deallocate()
    }
}
