import Testing
@testable import ZipArchive

@Suite struct BlockTokensTests {
    /// A literal is its byte times 2^20; a match of 10 bytes 300 back is (256 + 10) · 2^20, its
    /// distance symbol 16 (257…384) times 2^15, and 299. Each symbol is counted once.
    @Test func tokensAndTheirCounts() {
        var tokens = BlockTokens()
        defer { tokens.deallocate() }
        tokens.literal(65)
        tokens.match(length: 10, distance: 300)
        tokens.match(length: 258, distance: 1)
        #expect(Array(tokens.buffer) == [65 << 20, 266 << 20 | 16 << 15 | 299, 514 << 20])
        #expect(tokens.literalFrequencies[65] == 1)
        #expect(tokens.literalFrequencies[264] == 1, "length 10 is symbol 264")
        #expect(tokens.literalFrequencies[285] == 1, "length 258 is symbol 285")
        #expect(tokens.distanceFrequencies[16] == 1 && tokens.distanceFrequencies[0] == 1)
        tokens.removeAll()
        #expect(tokens.count == 0 && tokens.literalFrequencies[65] == 0 && tokens.distanceFrequencies[16] == 0)
    }

    /// The token writer takes a distance's extra bits as the low bits of distance − 1, which holds
    /// because each symbol's first distance − 1 is a multiple of 2 to the power of its extra bits.
    @Test func distanceExtraBitsAreTheLowBitsOfTheDistance() {
        for symbol in 0..<30 {
            #expect((DeflateTables.distanceBase[symbol] - 1) % (1 << DeflateTables.distanceExtraBits[symbol]) == 0, "symbol \(symbol)")
        }
    }
}
