import Testing
@testable import ZipArchive

@Suite struct HuffmanCodeTests {
    private func kraftSum(_ lengths: [UInt8], limit: Int) -> Int {
        lengths.filter { $0 > 0 }.reduce(0) { $0 + 1 << (limit - Int($1)) }
    }

    /// Fibonacci frequencies give a Huffman tree as deep as it has symbols; limited to 15 (and to 7
    /// for the code-length alphabet) the code must stay complete.
    @Test func deepTreesAreLimitedAndStayComplete() {
        var fibonacci = [1, 1]
        while fibonacci.count < 30 { fibonacci.append(fibonacci[fibonacci.count - 1] + fibonacci[fibonacci.count - 2]) }
        let code = HuffmanCode(frequencies: fibonacci, limit: 15)
        #expect(code.lengths.max() == 15)
        #expect(kraftSum(code.lengths, limit: 15) == 1 << 15)
        let short = HuffmanCode(frequencies: Array(fibonacci.prefix(19)), limit: 7)
        #expect(short.lengths.max() == 7)
        #expect(kraftSum(short.lengths, limit: 7) == 1 << 7)
    }

    @Test func equalFrequenciesGiveEqualLengths() {
        let code = HuffmanCode(frequencies: [5, 5, 5, 5, 0, 5, 5, 5, 5], limit: 15)
        #expect(code.lengths == [3, 3, 3, 3, 0, 3, 3, 3, 3])
    }

    @Test func oneOrNoUsedSymbolStillGivesTwoCodes() {
        #expect(HuffmanCode(frequencies: [0, 0, 0, 9], limit: 15).lengths == [1, 0, 0, 1])
        #expect(HuffmanCode(frequencies: [9, 0, 0], limit: 15).lengths == [1, 1, 0])
        #expect(HuffmanCode(frequencies: [0, 0, 0], limit: 15).lengths == [1, 1, 0])
    }

    /// RFC 1951 §3.2.2's example: lengths (3, 3, 3, 3, 3, 2, 4, 4) give codes 010 … 1111.
    @Test func canonicalCodesOfTheRFCExample() {
        let code = HuffmanCode(lengths: [3, 3, 3, 3, 3, 2, 4, 4])
        let expected: [UInt16] = [0b010, 0b011, 0b100, 0b101, 0b110, 0b00, 0b1110, 0b1111]
        for (symbol, value) in expected.enumerated() {
            let length = Int(code.lengths[symbol])
            let reversed = (0..<length).reduce(0) { $0 << 1 | (Int(code.codes[symbol]) >> $1) & 1 }
            #expect(reversed == Int(value), "symbol \(symbol)")
        }
    }
}
