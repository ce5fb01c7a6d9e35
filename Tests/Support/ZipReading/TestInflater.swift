/// A small, slow INFLATE (RFC 1951) written only for the tests, independently of the compressor:
/// it decodes Huffman codes bit by bit from their lengths, as RFC 1951 §3.2.2 describes them.
/// It throws `Malformed` on anything a conforming stream cannot contain.
public struct TestInflater {
    private let input: [UInt8]
    private var bitPosition = 0
    private var output: [UInt8] = []

    /// The bytes a raw DEFLATE stream decodes to; the stream must end in its last byte.
    public static func inflate(_ input: [UInt8]) throws -> [UInt8] {
        var inflater = TestInflater(input: input)
        var isFinal = false
        while !isFinal {
            isFinal = try inflater.bits(1) == 1
            switch try inflater.bits(2) {
            case 0: try inflater.stored()
            case 1: try inflater.huffman(literal: fixedLiteral, distance: fixedDistance)
            case 2:
                let (literal, distance) = try inflater.dynamicCodes()
                try inflater.huffman(literal: literal, distance: distance)
            default: throw Malformed(description: "block type 3")
            }
        }
        guard (inflater.bitPosition + 7) / 8 == input.count else {
            throw Malformed(description: "\(input.count - (inflater.bitPosition + 7) / 8) bytes after the last block")
        }
        return inflater.output
    }

    private init(input: [UInt8]) { self.input = input }

    private mutating func bits(_ count: Int) throws -> Int {
        var value = 0
        for index in 0..<count {
            guard bitPosition / 8 < input.count else { throw Malformed(description: "the stream ends early") }
            let bit = Int(input[bitPosition / 8] >> UInt8(bitPosition % 8)) & 1
            value |= bit << index
            bitPosition += 1
        }
        return value
    }

    private mutating func stored() throws {
        bitPosition = (bitPosition + 7) / 8 * 8
        let length = try bits(16)
        let complement = try bits(16)
        guard length == ~complement & 0xFFFF else { throw Malformed(description: "LEN and NLEN disagree") }
        for _ in 0..<length { output.append(UInt8(try bits(8))) }
    }

    /// A code as (length, code) → symbol, built from code lengths like a decoder would.
    struct Code {
        var symbols: [Int: Int] = [:] // key: length << 16 | code
        init(lengths: [Int]) throws {
            var count = [Int](repeating: 0, count: 16)
            for length in lengths where length > 0 { count[length] += 1 }
            var next = [Int](repeating: 0, count: 16)
            var code = 0
            var kraft = 0
            for length in 1..<16 {
                code = (code + count[length - 1]) << 1
                next[length] = code
                kraft += count[length] << (15 - length)
            }
            guard kraft <= 1 << 15 else { throw Malformed(description: "an over-subscribed code") }
            for (symbol, length) in lengths.enumerated() where length > 0 {
                symbols[length << 16 | next[length]] = symbol
                next[length] += 1
            }
        }
    }

    private mutating func decode(_ code: Code) throws -> Int {
        var value = 0
        for length in 1...15 {
            value = value << 1 | (try bits(1))
            if let symbol = code.symbols[length << 16 | value] { return symbol }
        }
        throw Malformed(description: "no symbol for a code")
    }

    private static let fixedLiteral = try! Code(lengths: Array(repeating: 8, count: 144) + Array(repeating: 9, count: 112)
        + Array(repeating: 7, count: 24) + Array(repeating: 8, count: 8))
    private static let fixedDistance = try! Code(lengths: Array(repeating: 5, count: 30))

    private mutating func dynamicCodes() throws -> (Code, Code) {
        let literalCount = try bits(5) + 257
        let distanceCount = try bits(5) + 1
        let codeLengthCount = try bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw Malformed(description: "too many codes") }
        var codeLengthLengths = [Int](repeating: 0, count: 19)
        for symbol in [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15].prefix(codeLengthCount) {
            codeLengthLengths[symbol] = try bits(3)
        }
        let codeLengthCode = try Code(lengths: codeLengthLengths)
        var lengths: [Int] = []
        while lengths.count < literalCount + distanceCount {
            let symbol = try decode(codeLengthCode)
            switch symbol {
            case 0...15: lengths.append(symbol)
            case 16:
                guard let last = lengths.last else { throw Malformed(description: "a repeat with nothing before") }
                lengths += Array(repeating: last, count: 3 + (try bits(2)))
            case 17: lengths += Array(repeating: 0, count: 3 + (try bits(3)))
            default: lengths += Array(repeating: 0, count: 11 + (try bits(7)))
            }
        }
        guard lengths.count == literalCount + distanceCount else { throw Malformed(description: "lengths overrun") }
        guard lengths[256] > 0 else { throw Malformed(description: "no end-of-block code") }
        return (try Code(lengths: Array(lengths[0..<literalCount])), try Code(lengths: Array(lengths[literalCount...])))
    }

    private static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
                                       2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    private static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    private mutating func huffman(literal: Code, distance: Code) throws {
        while true {
            let symbol = try decode(literal)
            if symbol < 256 {
                output.append(UInt8(symbol))
            } else if symbol == 256 {
                return
            } else {
                guard symbol <= 285 else { throw Malformed(description: "length symbol \(symbol)") }
                let length = Self.lengthBase[symbol - 257] + (try bits(Self.lengthExtra[symbol - 257]))
                let distanceSymbol = try decode(distance)
                guard distanceSymbol < 30 else { throw Malformed(description: "distance symbol \(distanceSymbol)") }
                let back = Self.distanceBase[distanceSymbol] + (try bits(Self.distanceExtra[distanceSymbol]))
                guard back <= output.count, back <= 32_768 else { throw Malformed(description: "distance \(back) too far") }
                for _ in 0..<length { output.append(output[output.count - back]) }
            }
        }
    }
}
