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
        for token in tokens {
            if token < 256 {
                literalFrequencies[Int(token)] += 1
            } else {
                let lengthSymbol = Int(lengthSymbols[Int(token >> 15)])
                let distanceMinusOne = token & 0x7FFF
                let distanceSymbol = Int(distanceSymbols[distanceMinusOne < 256
                    ? Int(distanceMinusOne) : 256 + Int(distanceMinusOne >> 7)])
                literalFrequencies[257 + lengthSymbol] += 1
                distanceFrequencies[distanceSymbol] += 1
                extraBits += lengthExtraBits[lengthSymbol] + distanceExtraBits[distanceSymbol]
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

    /// The tokens in the given codes, then the end-of-block symbol.
    private func writeTokens(literalCode: HuffmanCode, distanceCode: HuffmanCode, to writer: inout BitWriter) {
        let tables = DeflateTables.self
        let lengthSymbols = tables.lengthSymbol, lengthExtraBits = tables.lengthExtraBits, lengthBase = tables.lengthBase
        let distanceSymbols = tables.distanceSymbol, distanceExtraBits = tables.distanceExtraBits
        let distanceBase = tables.distanceBase
        literalCode.codes.withUnsafeBufferPointer { literalCodes in
        literalCode.lengths.withUnsafeBufferPointer { literalLengths in
        distanceCode.codes.withUnsafeBufferPointer { distanceCodes in
        distanceCode.lengths.withUnsafeBufferPointer { distanceLengths in
            for token in tokens {
                if token < 256 {
                    writer.write(UInt32(literalCodes[Int(token)]), count: Int(literalLengths[Int(token)]))
                    continue
                }
                let length = Int(token >> 15)
                let lengthSymbol = Int(lengthSymbols[length])
                writer.write(UInt32(literalCodes[257 + lengthSymbol]), count: Int(literalLengths[257 + lengthSymbol]))
                let lengthExtra = lengthExtraBits[lengthSymbol]
                if lengthExtra > 0 {
                    writer.write(UInt32(length - lengthBase[lengthSymbol]), count: lengthExtra)
                }
                let distanceMinusOne = token & 0x7FFF
                let distanceSymbol = Int(distanceSymbols[distanceMinusOne < 256
                    ? Int(distanceMinusOne) : 256 + Int(distanceMinusOne >> 7)])
                writer.write(UInt32(distanceCodes[distanceSymbol]), count: Int(distanceLengths[distanceSymbol]))
                let distanceExtra = distanceExtraBits[distanceSymbol]
                if distanceExtra > 0 {
                    let offset = Int(distanceMinusOne) + 1 - distanceBase[distanceSymbol]
                    writer.write(UInt32(offset), count: distanceExtra)
                }
            }
            writer.write(UInt32(literalCodes[256]), count: Int(literalLengths[256]))
        }
        }
        }
        }
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
