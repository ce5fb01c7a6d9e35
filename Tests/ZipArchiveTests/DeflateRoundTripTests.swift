import Testing
@testable import ZipArchive
import ZipReading

@Suite struct DeflateRoundTripTests {
    /// `input` compressed with each effort and inflated back; the thorough effort's stream.
    private func roundTrip(_ input: [UInt8], _ comment: Comment? = nil) throws -> [UInt8] {
        let fast = Deflate.compress(input, effort: .fast)
        #expect(try TestInflater.inflate(fast) == input, "fast: \(comment ?? "")")
        let compressed = Deflate.compress(input)
        let decoded = try TestInflater.inflate(compressed)
        #expect(decoded == input, comment)
        return compressed
    }

    @Test func emptyInputIsOneFixedBlockWithItsEndSymbol() throws {
        // BFINAL 1, BTYPE 01, then the 7 zero bits of symbol 256: 0b011 and a zero byte.
        #expect(try roundTrip([]) == [0x03, 0x00])
    }

    @Test func oneByte() throws {
        for byte: UInt8 in [0, 65, 255] { _ = try roundTrip([byte]) }
    }

    @Test func everyByteValue() throws {
        _ = try roundTrip((0...255).map { UInt8($0) })
        _ = try roundTrip(Array(repeating: (0...255).map { UInt8($0) }, count: 40).flatMap { $0 })
    }

    @Test func longRunsShrinkToAlmostNothing() throws {
        let run = Array(repeating: UInt8(0x61), count: 1_000_000)
        let compressed = try roundTrip(run)
        // 1 MB of one byte is ~3,900 matches of 258 bytes at distance 1: about a bit or two each.
        #expect(compressed.count < 2_000)
        // The fast effort finds the same matches, 258 bytes back after the first.
        #expect(Deflate.compress(run, effort: .fast).count < 2_000)
        _ = try roundTrip(Array(repeating: 0, count: 3) + Array(repeating: 1, count: 259) + [2, 2, 2, 2])
    }

    @Test func randomBytesAreStoredWithLittleOverhead() throws {
        var random = TestData.Random(state: 42)
        let input = random.bytes(200_000)
        let compressed = try roundTrip(input)
        // Stored blocks cost 5 bytes per 65,535 and a few bits per block of tokens.
        #expect(compressed.count <= input.count + 5 * 16)
    }

    @Test func aMegabyteOfWorksheetXMLCompressesAtLeastFiveTimes() throws {
        let input = TestData.worksheetXML(size: 1_000_000)
        let compressed = try roundTrip(input)
        #expect(compressed.count * 5 <= input.count, "ratio \(Double(input.count) / Double(compressed.count))")
    }

    /// The fast effort, for the sheets and documents, still gives back the input, a little larger
    /// than the thorough one. On this worst case, a random five-digit number in every cell, it
    /// compresses about 4.2× (the thorough effort 5.5×); sheets as they are written, whose rows
    /// repeat each other but for their figures, 10× and more (the next test, docs/PERFORMANCE.md).
    @Test func theFastEffortStillCompressesWorksheetXMLFourTimes() throws {
        for references in [true, false] {
            let input = TestData.worksheetXML(size: 1_000_000, references: references)
            let fast = Deflate.compress(input, effort: .fast)
            #expect(try TestInflater.inflate(fast) == input)
            #expect(fast.count * 4 <= input.count, "ratio \(Double(input.count) / Double(fast.count))")
            #expect(fast.count >= Deflate.compress(input).count)
            #expect(Deflate.compress(input, effort: .fast) == fast)
        }
    }

    /// Rows that repeat each other but for a number, as sheet rows without cell references do:
    /// the long matches between them are left out of the hash chains, and every effort still
    /// gives back the input, compressed at least ten times.
    @Test(arguments: [Deflate.Effort.thorough, .fast])
    func repeatingRowsRoundTripWithLongMatchesOutOfTheChains(_ effort: Deflate.Effort) throws {
        var text = ""
        for row in 1...4_000 {
            text += #"<row r="\#(row)"><c t="s"><v>245</v></c><c t="s"><v>22</v></c><c s="16"><v>2025</v></c>"#
            text += #"<c t="s"><v>247</v></c><c s="17"><v>\#(row * 37 % 9_973)</v></c></row>"#
        }
        let input = Array(text.utf8)
        let compressed = Deflate.compress(input, effort: effort)
        #expect(try TestInflater.inflate(compressed) == input)
        #expect(compressed.count * 10 <= input.count, "ratio \(Double(input.count) / Double(compressed.count))")
    }

    /// A random stretch repeated at distances around the 32 KB window: matches up to 32,768 back
    /// are allowed, beyond not.
    @Test func repeatsAroundTheWindowEdge() throws {
        var random = TestData.Random(state: 3)
        for gap in [32_760, 32_766, 32_767, 32_768, 32_769, 40_000] {
            let chunk = random.bytes(300)
            let filler = random.bytes(gap - chunk.count)
            _ = try roundTrip(chunk + filler + chunk + filler + chunk, "gap \(gap)")
        }
    }

    /// Inputs of many blocks: literal-heavy text past the tokens of one block, and mixed stretches
    /// where stored and Huffman blocks follow each other.
    @Test func inputsCrossingBlockBoundaries() throws {
        var random = TestData.Random(state: 9)
        let tokens = BlockTokens.blockSize
        _ = try roundTrip(random.bytes(3 * tokens + 17, alphabet: 16))
        var mixed: [UInt8] = []
        for part in 0..<6 {
            mixed += part.isMultiple(of: 2) ? random.bytes(70_000) : TestData.worksheetXML(size: 50_000)
        }
        _ = try roundTrip(mixed)
    }

    /// A block of literals with Fibonacci frequencies 1, 2, 3, 5 … (the end-of-block symbol is the
    /// other 1): an unlimited Huffman tree of them would be 24 deep, so the block's code must have
    /// been limited to 15 bits to decode.
    @Test func skewedLiteralsNeedLengthLimitedCodes() throws {
        var counts = [1, 2]
        while counts.count < 24 { counts.append(counts[counts.count - 1] + counts[counts.count - 2]) }
        var input = counts.enumerated().flatMap { symbol, count in [UInt8](repeating: UInt8(symbol * 7), count: count) }
        var random = TestData.Random(state: 77)
        for index in input.indices.reversed() { input.swapAt(index, random.next(index + 1)) }
        var tokens = BlockTokens(capacity: input.count)
        defer { tokens.deallocate() }
        for byte in input { tokens.literal(byte) }
        var writer = BitWriter(capacity: input.count)
        input.withUnsafeBufferPointer { raw in
            DeflateBlock(tokens, raw: raw).write(isFinal: true, to: &writer)
        }
        writer.alignToByte()
        #expect(writer.bytes[0] & 0b110 == 0b100, "a dynamic block")
        #expect(try TestInflater.inflate(writer.bytes) == input)
    }

    /// Inputs past 1 GB are matched in segments; small segments show the seams are seamless.
    @Test func segmentsFollowEachOtherInOneStream() throws {
        let input = TestData.worksheetXML(size: 50_000)
        for effort in [Deflate.Effort.thorough, .fast] {
            for (segment, length) in [(1, 300), (3, 1_000), (7, 2_000), (4_096, input.count), (20_000, input.count)] {
                let compressed = Deflate.compress(Array(input[..<length]), segmentSize: segment, effort: effort)
                #expect(try TestInflater.inflate(compressed) == Array(input[..<length]), "segments of \(segment)")
            }
            #expect(Deflate.compress(input, segmentSize: input.count, effort: effort) == Deflate.compress(input, effort: effort))
        }
    }

    @Test func sameInputSameBytes() {
        let input = TestData.worksheetXML(size: 200_000)
        #expect(Deflate.compress(input) == Deflate.compress(input))
    }

    /// Many small random inputs with small alphabets, so short matches, overlaps and rare symbols
    /// all occur.
    @Test func manySmallRandomInputs() throws {
        var random = TestData.Random(state: 2026)
        for round in 0..<600 {
            let length = random.next(400)
            let alphabet = [1, 2, 3, 4, 8, 26, 256][random.next(7)]
            var input = random.bytes(length, alphabet: alphabet)
            if length > 20, random.next(2) == 0 {
                let start = random.next(length / 2)
                input += input[start..<(start + random.next(length - start))]
            }
            _ = try roundTrip(input, "round \(round)")
        }
    }
}
