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

    @Test func digitsAreWrittenMostSignificantFirstAndCounted() {
        let base = UnsafeMutablePointer<UInt8>.allocate(capacity: 20)
        defer { base.deallocate() }
        func written(_ value: UInt) -> String {
            let count = ByteStorage.writeDigits(value, at: base)
            return String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
        }
        #expect(written(0) == "0")
        #expect(written(7) == "7")
        #expect(written(10) == "10")
        #expect(written(1_234_567_890) == "1234567890")
        // The widest: 19 digits below 10¹⁹, 20 from it on.
        #expect(written(9_999_999_999_999_999_999) == "9999999999999999999")
        #expect(written(10_000_000_000_000_000_000) == "10000000000000000000")
        #expect(written(UInt.max) == "18446744073709551615")
    }
}
