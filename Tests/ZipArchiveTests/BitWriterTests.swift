import Testing
@testable import ZipArchive

@Suite struct BitWriterTests {
    /// Bits go in least significant first: 3 bits 101, 7 bits 1111111, 56 bits of 0xAB…, then a
    /// byte boundary, worked out by hand.
    @Test func bitsFillBytesFromTheLowEnd() {
        var writer = BitWriter(capacity: 1)
        writer.write(0b101, count: 3)
        writer.write(0b111_1111, count: 7)
        // 3 + 7 = 10 bits: 0b1111_1101 then 0b11.
        #expect(writer.bytes == [0b1111_1101])
        writer.write(0xAB_CDEF_0123_4567, count: 56)
        writer.alignToByte()
        // 0xAB_CDEF_0123_4567 << 2, after the two pending bits 11, over 58 bits and 6 bits of padding.
        let value = (UInt128(0xAB_CDEF_0123_4567) << 2) | 0b11
        let expected = [0b1111_1101] + (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
        #expect(writer.bytes == expected)
    }

    /// Writes past the first capacity grow the storage and keep every byte.
    @Test func manyWritesGrowTheStorage() {
        var writer = BitWriter(capacity: 1)
        for index in 0..<10_000 { writer.write(UInt64(index & 0xFF), count: 8) }
        #expect(writer.bytes == (0..<10_000).map { UInt8($0 & 0xFF) })
    }
}
