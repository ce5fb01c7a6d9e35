/// The CRC-32 of ZIP, gzip and PNG (IEEE 802.3: polynomial 0xEDB88320 reflected, initial value and
/// final XOR 0xFFFFFFFF), computed sixteen bytes at a time with sixteen tables ("slicing-by-16").
public struct CRC32: Sendable {
    /// The checksum of the bytes given so far; 0 before any.
    public private(set) var value: UInt32 = 0

    /// A checksum of no bytes yet.
    public init() {}

    /// The checksum of `bytes`: `CRC32.checksum(Array("123456789".utf8)) == 0xCBF43926`.
    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc = CRC32()
        crc.update(bytes)
        return crc.value
    }

    /// Adds `bytes` to the checksum, as if they followed the bytes given before.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { update($0) }
    }

    /// Adds the bytes of `buffer` to the checksum.
    public mutating func update(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let base = buffer.baseAddress else { return }
        var crc = ~value
        let count = buffer.count
        var index = 0
        CRC32Tables.shared.withUnsafeBufferPointer { table in
            @inline(__always) func entry(_ slice: Int, _ byte: UInt64) -> UInt32 {
                table[slice &* 256 &+ Int(truncatingIfNeeded: byte & 0xFF)]
            }
            while index + 16 <= count {
                let first = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) ^ UInt64(crc)
                let second = UInt64(littleEndian: UnsafeRawPointer(base + index + 8).loadUnaligned(as: UInt64.self))
                crc = entry(15, first) ^ entry(14, first >> 8) ^ entry(13, first >> 16) ^ entry(12, first >> 24)
                    ^ entry(11, first >> 32) ^ entry(10, first >> 40) ^ entry(9, first >> 48) ^ entry(8, first >> 56)
                    ^ entry(7, second) ^ entry(6, second >> 8) ^ entry(5, second >> 16) ^ entry(4, second >> 24)
                    ^ entry(3, second >> 32) ^ entry(2, second >> 40) ^ entry(1, second >> 48) ^ entry(0, second >> 56)
                index += 16
            }
            while index < count {
                crc = table[Int((crc ^ UInt32(base[index])) & 0xFF)] ^ (crc >> 8)
                index += 1
            }
        }
        value = ~crc
    }
}

/// The sixteen 256-entry tables of slicing-by-16, one after the other: table 0 is the classic
/// byte-at-a-time table; table k advances a byte's contribution by k more zero bytes.
private enum CRC32Tables {
    static let shared: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 16 * 256)
        for byte in 0..<256 {
            var crc = UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
            table[byte] = crc
        }
        for slice in 1..<16 {
            for byte in 0..<256 {
                let previous = table[(slice - 1) * 256 + byte]
                table[slice * 256 + byte] = table[Int(previous & 0xFF)] ^ (previous >> 8)
            }
        }
        return table
    }()
}
