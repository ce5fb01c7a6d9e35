/// One DEFLATE block (RFC 1951 §3.2.3): the matcher's tokens for a stretch of input, written in
/// whichever of the three block types is smallest — dynamic Huffman, fixed Huffman, or stored.
///
/// A token is a literal byte (a value below 256) or a match, `length << 15 | (distance − 1)`.
struct DeflateBlock {
    /// The tokens of the block, in order.
    let tokens: UnsafeBufferPointer<UInt32>
    /// The input bytes the tokens stand for, written as they are if storing is smallest.
    let raw: UnsafeBufferPointer<UInt8>

    /// Appends the block to `writer`, marked as the last of the stream when `isFinal`.
    func write(isFinal: Bool, to writer: inout BitWriter) {
        var literalFrequencies = [Int](repeating: 0, count: 286)
        var distanceFrequencies = [Int](repeating: 0, count: 30)
        var extraBits = 0
        let lengthSymbols = DeflateTables.lengthSymbol, distanceSymbols = DeflateTables.distanceSymbol
        let lengthExtraBits = DeflateTables.lengthExtraBits, distanceExtraBits = DeflateTables.distanceExtraBits
        literalFrequencies.withUnsafeMutableBufferPointer { literals in
        distanceFrequencies.withUnsafeMutableBufferPointer { distances in
        lengthSymbols.withUnsafeBufferPointer { lengthSymbols in
        distanceSymbols.withUnsafeBufferPointer { distanceSymbols in
            for token in tokens {
                if token < 256 {
                    literals[Int(token)] += 1
                } else {
                    let lengthSymbol = Int(lengthSymbols[Int(token >> 15)])
                    let distanceSymbol = Int(distanceSymbols[Self.distanceIndex(token)])
                    literals[257 + lengthSymbol] += 1
                    distances[distanceSymbol] += 1
                }
            }
        }
        }
            // The extra bits per symbol, not per token: 29 + 30 multiplications.
            for symbol in 0..<29 { extraBits += literals[257 + symbol] * lengthExtraBits[symbol] }
            for symbol in 0..<30 { extraBits += distances[symbol] * distanceExtraBits[symbol] }
        }
        }
        literalFrequencies[256] = 1 // end of block

        let literalCode = HuffmanCode(frequencies: literalFrequencies, limit: 15)
        let distanceCode = HuffmanCode(frequencies: distanceFrequencies, limit: 15)
        let header = DynamicHeader(literalLengths: literalCode.lengths, distanceLengths: distanceCode.lengths)
        let dynamicBits = 3 + header.bitCount + literalCode.cost(of: literalFrequencies)
            + distanceCode.cost(of: distanceFrequencies) + extraBits
        let fixedBits = 3 + DeflateTables.fixedLiteralCode.cost(of: literalFrequencies)
            + DeflateTables.fixedDistanceCode.cost(of: distanceFrequencies) + extraBits
        let storedChunks = max(1, (raw.count + 65_534) / 65_535)
        let storedBits = storedChunks * (3 + 7 + 32) + 8 * raw.count

        let final: UInt32 = isFinal ? 1 : 0
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

    /// The index of a match token's distance in `DeflateTables.distanceSymbol`.
    @inline(__always)
    private static func distanceIndex(_ token: UInt32) -> Int {
        let distanceMinusOne = Int(token & 0x7FFF)
        return distanceMinusOne < 256 ? distanceMinusOne : 256 + distanceMinusOne >> 7
    }

    /// A code and the bits after it as one write: the bits in the low 24, their number above.
    @inline(__always)
    private static func packed(_ bits: Int, count: Int) -> UInt32 {
        UInt32(bits) | UInt32(count) << 24
    }

    /// The tokens in the given codes, then the end-of-block symbol. A literal is one write, a
    /// match two: its length symbol's code with the length's extra bits (looked up per length,
    /// the table made once per block), and its distance symbol's code with the distance's.
    private func writeTokens(literalCode: HuffmanCode, distanceCode: HuffmanCode, to writer: inout BitWriter) {
        let tables = DeflateTables.self
        let lengthSymbols = tables.lengthSymbol, lengthExtraBits = tables.lengthExtraBits, lengthBase = tables.lengthBase
        let distanceSymbols = tables.distanceSymbol, distanceExtraBits = tables.distanceExtraBits
        let distanceBase = tables.distanceBase
        let literalCodes = literalCode.codes, literalLengths = literalCode.lengths
        // Each literal, and each match length 0…258 (its symbol's code, then its extra bits).
        var literals = [UInt32](repeating: 0, count: 256 + MatchFinder.maximumLength + 1)
        for byte in 0..<256 { literals[byte] = Self.packed(Int(literalCodes[byte]), count: Int(literalLengths[byte])) }
        for length in MatchFinder.minimumLength...MatchFinder.maximumLength {
            let symbol = Int(lengthSymbols[length])
            let codeLength = Int(literalLengths[257 + symbol])
            literals[256 + length] = Self.packed(Int(literalCodes[257 + symbol]) | (length - lengthBase[symbol]) << codeLength,
                                                 count: codeLength + lengthExtraBits[symbol])
        }
        // Each distance symbol's code, its length and its extra bits, and its first distance.
        var distances = [(code: UInt32, length: Int, extra: Int, base: Int)]()
        distances.reserveCapacity(30)
        for symbol in 0..<30 {
            distances.append((UInt32(distanceCode.codes[symbol]), Int(distanceCode.lengths[symbol]),
                              distanceExtraBits[symbol], distanceBase[symbol]))
        }
        literals.withUnsafeBufferPointer { literals in
        distances.withUnsafeBufferPointer { distances in
        distanceSymbols.withUnsafeBufferPointer { distanceSymbols in
            for token in tokens {
                let literal = literals[token < 256 ? Int(token) : 256 + Int(token >> 15)]
                writer.write(literal & 0xFF_FFFF, count: Int(literal >> 24))
                if token < 256 { continue }
                let distance = distances[Int(distanceSymbols[Self.distanceIndex(token)])]
                let offset = UInt32(Int(token & 0x7FFF) + 1 - distance.base)
                writer.write(distance.code | offset << UInt32(distance.length), count: distance.length + distance.extra)
            }
        }
        }
        }
        writer.write(UInt32(literalCodes[256]), count: Int(literalLengths[256]))
    }

    /// The raw bytes as stored blocks of at most 65,535 bytes each (§3.2.4).
    private func writeStored(isFinal: Bool, to writer: inout BitWriter) {
        var start = 0
        repeat {
            let end = min(raw.count, start + 65_535)
            let last: UInt32 = isFinal && end == raw.count ? 1 : 0
            writer.write(last, count: 3) // BTYPE 00
            writer.alignToByte()
            let length = UInt32(end - start)
            writer.write(length, count: 16)
            writer.write(~length & 0xFFFF, count: 16)
            writer.alignToByte()
            writer.append(contentsOf: UnsafeBufferPointer(rebasing: raw[start..<end]))
            start = end
        } while start < raw.count
    }
}
