/// The fixed tables of RFC 1951 §3.2.5: how match lengths and distances map to symbols and
/// extra bits, and the fixed Huffman code of §3.2.6.
enum DeflateTables {
    /// The shortest match length of each length symbol 257…285 (index 0 is symbol 257).
    static let lengthBase: [Int] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
    ]
    /// The extra bits of each length symbol 257…285.
    static let lengthExtraBits: [Int] = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    /// The shortest distance of each distance symbol 0…29.
    static let distanceBase: [Int] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
        4097, 6145, 8193, 12289, 16385, 24577,
    ]
    /// The extra bits of each distance symbol 0…29.
    static let distanceExtraBits: [Int] = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]

    /// For each match length 0…258, its length symbol minus 257 (entries below 3 are unused).
    static let lengthSymbol: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 259)
        for symbol in 0..<28 {
            for length in lengthBase[symbol]..<(lengthBase[symbol] + 1 << lengthExtraBits[symbol]) where length <= 258 {
                table[length] = UInt8(symbol)
            }
        }
        table[258] = 28 // 258 has its own symbol, 285, though 284 with all extra bits set would reach it
        return table
    }()

    /// The distance symbol of distance d: entry d − 1 when d ≤ 256, else entry 256 + (d − 1) >> 7
    /// (the symbols beyond 256 all have 7 extra bits or more).
    static let distanceSymbol: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 512)
        for symbol in 0..<30 {
            for distance in distanceBase[symbol]..<(distanceBase[symbol] + 1 << distanceExtraBits[symbol]) {
                let index = distance - 1 < 256 ? distance - 1 : 256 + (distance - 1) >> 7
                table[index] = UInt8(symbol)
            }
        }
        return table
    }()

    /// The fixed literal/length code: 8 bits for 0…143, 9 for 144…255, 7 for 256…279, 8 for 280…287.
    static let fixedLiteralCode = HuffmanCode(lengths:
        [UInt8](repeating: 8, count: 144) + [UInt8](repeating: 9, count: 112)
        + [UInt8](repeating: 7, count: 24) + [UInt8](repeating: 8, count: 8))
    /// The fixed distance code: 5 bits for each of the 30 symbols (and the two unused ones).
    static let fixedDistanceCode = HuffmanCode(lengths: [UInt8](repeating: 5, count: 32))

    /// The order in which a dynamic block header lists the code lengths of the code-length alphabet.
    static let codeLengthOrder: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
}
