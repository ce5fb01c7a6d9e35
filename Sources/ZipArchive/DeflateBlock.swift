/// One DEFLATE block (RFC 1951 §3.2.3): the matcher's tokens for a stretch of input, written in
/// whichever of the three block types is smallest — dynamic Huffman, fixed Huffman, or stored.
struct DeflateBlock {
    /// The tokens of the block, in order (`BlockTokens` says what a token is).
    let tokens: UnsafeBufferPointer<UInt32>
    /// How often each literal/length symbol 0…285 occurs in them, the end of block not counted.
    let literalFrequencies: [Int]
    /// How often each distance symbol 0…29 occurs in them.
    let distanceFrequencies: [Int]
    /// The input bytes the tokens stand for, written as they are if storing is smallest.
    let raw: UnsafeBufferPointer<UInt8>

    /// The block of the tokens gathered in `gathered`, standing for `raw`.
    init(_ gathered: BlockTokens, raw: UnsafeBufferPointer<UInt8>) {
        tokens = gathered.buffer
        literalFrequencies = Array(UnsafeBufferPointer(start: gathered.literalFrequencies, count: 286))
        distanceFrequencies = Array(UnsafeBufferPointer(start: gathered.distanceFrequencies, count: 30))
        self.raw = raw
    }

    /// Appends the block to `writer`, marked as the last of the stream when `isFinal`.
    func write(isFinal: Bool, to writer: inout BitWriter) {
        var literalFrequencies = literalFrequencies
        literalFrequencies[256] = 1 // end of block
        // The extra bits per symbol, not per token: 29 + 30 multiplications.
        var extraBits = 0
        for symbol in 0..<29 { extraBits += literalFrequencies[257 + symbol] * DeflateTables.lengthExtraBits[symbol] }
        for symbol in 0..<30 { extraBits += distanceFrequencies[symbol] * DeflateTables.distanceExtraBits[symbol] }

        let literalCode = HuffmanCode(frequencies: literalFrequencies, limit: 15)
        let distanceCode = HuffmanCode(frequencies: distanceFrequencies, limit: 15)
        let header = DynamicHeader(literalLengths: literalCode.lengths, distanceLengths: distanceCode.lengths)
        let dynamicBits = 3 + header.bitCount + literalCode.cost(of: literalFrequencies)
            + distanceCode.cost(of: distanceFrequencies) + extraBits
        let fixedBits = 3 + DeflateTables.fixedLiteralCode.cost(of: literalFrequencies)
            + DeflateTables.fixedDistanceCode.cost(of: distanceFrequencies) + extraBits
        let storedChunks = max(1, (raw.count + 65_534) / 65_535)
        let storedBits = storedChunks * (3 + 7 + 32) + 8 * raw.count

        let final: UInt64 = isFinal ? 1 : 0
        if storedBits < min(dynamicBits, fixedBits) {
            writeStored(isFinal: isFinal, to: &writer)
        } else if fixedBits <= dynamicBits {
            writer.write(final | 1 << 1, count: 3)
            writeTokens(literalCode: DeflateTables.fixedLiteralCode, distanceCode: DeflateTables.fixedDistanceCode, to: &writer)
        } else {
            writer.write(final | 2 << 1, count: 3)
            header.write(to: &writer)
            writeTokens(literalCode: literalCode, distanceCode: distanceCode, to: &writer)
        }
    }

    /// The tokens in the given codes, then the end-of-block symbol, one write per token. Tables
    /// made once per block give, for each literal and each match length 0…258, its symbol's code
    /// with the length's extra bits (the code in the low 24 bits, their number above), and for each
    /// distance symbol its code, the code's length, that length with the extra bits', and the
    /// mask of the extra bits (which are the low bits of the distance − 1: every distance symbol's
    /// first distance − 1 is a multiple of 2 to the power of its extra bits).
    private func writeTokens(literalCode: HuffmanCode, distanceCode: HuffmanCode, to writer: inout BitWriter) {
        let tables = DeflateTables.self
        let literalCodes = literalCode.codes, literalLengths = literalCode.lengths
        var literals = [UInt32](repeating: 0, count: BlockTokens.matchIndex + MatchFinder.maximumLength + 1)
        for byte in 0..<256 { literals[byte] = UInt32(literalCodes[byte]) | UInt32(literalLengths[byte]) << 24 }
        for length in MatchFinder.minimumLength...MatchFinder.maximumLength {
            let symbol = Int(tables.lengthSymbol[length])
            let codeLength = Int(literalLengths[257 + symbol])
            literals[BlockTokens.matchIndex + length] = UInt32(Int(literalCodes[257 + symbol]) | (length - tables.lengthBase[symbol]) << codeLength)
                | UInt32(codeLength + tables.lengthExtraBits[symbol]) << 24
        }
        var distances = [UInt64](repeating: 0, count: 30)
        for symbol in 0..<30 {
            let codeLength = UInt64(distanceCode.lengths[symbol]), extra = tables.distanceExtraBits[symbol]
            distances[symbol] = UInt64(distanceCode.codes[symbol]) | codeLength << 16 | (codeLength + UInt64(extra)) << 24
                | UInt64(1 << extra - 1) << 32
        }
        // A token takes at most 15 + 5 + 15 + 13 bits, 6 bytes.
        writer.withRoom(forBytes: 6 * tokens.count) { cursor in
        literals.withUnsafeBufferPointer { literals in
        distances.withUnsafeBufferPointer { distances in
            for token in tokens {
                let literal = literals[Int(token &>> 20)]
                var value = UInt64(literal & 0xFF_FFFF)
                var count = Int(truncatingIfNeeded: literal &>> 24)
                if token >= BlockTokens.firstMatch {
                    let distance = distances[Int(token &>> 15 & 31)]
                    let extra = UInt64(token & 0x7FFF) & distance &>> 32
                    value |= (distance & 0xFFFF | extra &<< (distance &>> 16 & 0xFF)) &<< UInt64(truncatingIfNeeded: count)
                    count &+= Int(truncatingIfNeeded: distance &>> 24 & 0xFF)
                }
                cursor.write(value, count: count)
            }
        }
        }
        }
        writer.write(UInt64(literalCodes[256]), count: Int(literalLengths[256]))
    }

    /// The raw bytes as stored blocks of at most 65,535 bytes each (§3.2.4).
    private func writeStored(isFinal: Bool, to writer: inout BitWriter) {
        var start = 0
        repeat {
            let end = min(raw.count, start + 65_535)
            let last: UInt64 = isFinal && end == raw.count ? 1 : 0
            writer.write(last, count: 3) // BTYPE 00
            writer.alignToByte()
            let length = UInt64(end - start)
            writer.write(length, count: 16)
            writer.write(~length & 0xFFFF, count: 16)
            writer.alignToByte()
            writer.append(contentsOf: UnsafeBufferPointer(rebasing: raw[start..<end]))
            start = end
        } while start < raw.count
    }
}
