/// The CRC-32 of ZIP, gzip and PNG (IEEE 802.3: polynomial 0xEDB88320 reflected, initial value and
/// final XOR 0xFFFFFFFF), computed eight bytes at a time with eight tables ("slicing-by-8").
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
            while index + 8 <= count {
                let low = UInt32(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt32.self)) ^ crc
                let high = UInt32(littleEndian: UnsafeRawPointer(base + index + 4).loadUnaligned(as: UInt32.self))
                crc = table[7 * 256 + Int(low & 0xFF)] ^ table[6 * 256 + Int((low >> 8) & 0xFF)]
                    ^ table[5 * 256 + Int((low >> 16) & 0xFF)] ^ table[4 * 256 + Int(low >> 24)]
                    ^ table[3 * 256 + Int(high & 0xFF)] ^ table[2 * 256 + Int((high >> 8) & 0xFF)]
                    ^ table[1 * 256 + Int((high >> 16) & 0xFF)] ^ table[Int(high >> 24)]
                index += 8
            }
            while index < count {
                crc = table[Int((crc ^ UInt32(base[index])) & 0xFF)] ^ (crc >> 8)
                index += 1
            }
        }
        value = ~crc
    }
}

/// The eight 256-entry tables of slicing-by-8, one after the other: table 0 is the classic
/// byte-at-a-time table; table k advances a byte's contribution by k more zero bytes.
private enum CRC32Tables {
    static let shared: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 8 * 256)
        for byte in 0..<256 {
            var crc = UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
            table[byte] = crc
        }
        for slice in 1..<8 {
            for byte in 0..<256 {
                let previous = table[(slice - 1) * 256 + byte]
                table[slice * 256 + byte] = table[Int(previous & 0xFF)] ^ (previous >> 8)
            }
        }
        return table
    }()
}
