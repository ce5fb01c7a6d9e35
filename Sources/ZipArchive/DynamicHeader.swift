/// The header of a dynamic Huffman block (RFC 1951 §3.2.7): the code lengths of the literal/length
/// and distance codes, run-length encoded with symbols 16–18 and themselves Huffman coded with a
/// code of at most 7 bits.
struct DynamicHeader {
    /// The number of literal/length code lengths sent (257…286).
    private let literalCount: Int
    /// The number of distance code lengths sent (1…30).
    private let distanceCount: Int
    /// The run-length encoded code lengths: each a code-length symbol 0…18 and its extra bits.
    private let items: [(symbol: Int, extra: UInt32)]
    /// The code for the code-length symbols.
    private let codeLengthCode: HuffmanCode
    /// The number of code-length code lengths sent (4…19), in `DeflateTables.codeLengthOrder`.
    private let codeLengthCount: Int

    /// The header for codes with these lengths.
    init(literalLengths: [UInt8], distanceLengths: [UInt8]) {
        literalCount = max(257, (literalLengths.lastIndex { $0 > 0 } ?? 0) + 1)
        distanceCount = max(1, (distanceLengths.lastIndex { $0 > 0 } ?? 0) + 1)
        var sent = [UInt8]()
        sent.reserveCapacity(literalCount + distanceCount)
        sent += literalLengths[0..<literalCount]
        sent += distanceLengths[0..<distanceCount]
        items = Self.runLengthEncoded(sent)
        var frequencies = [Int](repeating: 0, count: 19)
        for item in items { frequencies[item.symbol] += 1 }
        codeLengthCode = HuffmanCode(frequencies: frequencies, limit: 7)
        let lengths = codeLengthCode.lengths
        codeLengthCount = max(4, (DeflateTables.codeLengthOrder.lastIndex { lengths[$0] > 0 } ?? 0) + 1)
    }

    /// The size of the header in bits, after the three bits of BFINAL and BTYPE.
    var bitCount: Int {
        var bits = 5 + 5 + 4 + 3 * codeLengthCount
        for item in items { bits += Int(codeLengthCode.lengths[item.symbol]) + Self.extraBits(of: item.symbol) }
        return bits
    }

    /// Appends the header to `writer`.
    func write(to writer: inout BitWriter) {
        writer.write(UInt64(literalCount - 257), count: 5)
        writer.write(UInt64(distanceCount - 1), count: 5)
        writer.write(UInt64(codeLengthCount - 4), count: 4)
        for symbol in DeflateTables.codeLengthOrder[0..<codeLengthCount] {
            writer.write(UInt64(codeLengthCode.lengths[symbol]), count: 3)
        }
        for item in items {
            writer.write(UInt64(codeLengthCode.codes[item.symbol]), count: Int(codeLengthCode.lengths[item.symbol]))
            let extra = Self.extraBits(of: item.symbol)
            if extra > 0 { writer.write(UInt64(item.extra), count: extra) }
        }
    }

    private static func extraBits(of symbol: Int) -> Int {
        switch symbol {
        case 16: 2
        case 17: 3
        case 18: 7
        default: 0
        }
    }

    /// Runs of zeros as 17 (3–10) and 18 (11–138), repeats of the previous length as 16 (3–6).
    private static func runLengthEncoded(_ lengths: [UInt8]) -> [(symbol: Int, extra: UInt32)] {
        var items: [(symbol: Int, extra: UInt32)] = []
        items.reserveCapacity(lengths.count)
        var index = 0
        while index < lengths.count {
            let length = lengths[index]
            var run = 1
            while index + run < lengths.count && lengths[index + run] == length { run += 1 }
            index += run
            if length == 0 {
                while run >= 11 {
                    let count = min(run, 138)
                    items.append((18, UInt32(count - 11)))
                    run -= count
                }
                if run >= 3 {
                    items.append((17, UInt32(run - 3)))
                    run = 0
                }
            } else {
                items.append((Int(length), 0))
                run -= 1
                while run >= 3 {
                    let count = min(run, 6)
                    items.append((16, UInt32(count - 3)))
                    run -= count
                }
            }
            for _ in 0..<run { items.append((Int(length), 0)) }
        }
        return items
    }
}
