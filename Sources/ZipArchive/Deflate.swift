/// A DEFLATE compressor (RFC 1951) of our own: LZ77 over a 32 KB window, then blocks of dynamic
/// Huffman codes (or fixed codes, or stored bytes, whichever is smallest). The match search is
/// either hash chains with lazy matching (`Effort.thorough`) or one candidate per position taken
/// greedily (`Effort.fast`). The output is a raw DEFLATE stream, as ZIP's method 8 stores it (no
/// zlib or gzip wrapper). The same input always gives the same bytes.
public enum Deflate {
    /// How hard the match search tries, tuned on worksheet and document XML and the site's HTML
    /// (docs/PERFORMANCE.md).
    public struct Effort: Sendable, Hashable {
        /// The kind of search and its settings.
        let search: Search

        /// The default: hash chains 12 deep with lazy matching, 5.5× on worksheet XML with a
        /// reference on every cell at 120–160 MB/s.
        public static let thorough = Effort(search: .chains(ChainSearch(chainLimit: 12, niceLength: 64, lazyLength: 12,
                                                                        goodLength: 6, insertLength: 32)))
        /// For the larger parts (every sheet and document, `ZipWriter.largeEntry`): the one latest
        /// position of each 4-byte hash, taken when it matches, the positions inside matches longer
        /// than 8 bytes left out of the table but for the last; 15–20% larger output than
        /// `.thorough` on sheet XML for a half to a quarter of the instructions.
        public static let fast = Effort(search: .greedy(GreedySearch(insertLength: 8)))
    }

    /// The match searches an effort can use.
    enum Search: Sendable, Hashable {
        /// Hash chains with lazy matching.
        case chains(ChainSearch)
        /// One candidate per position, no lazy matching.
        case greedy(GreedySearch)
    }

    /// The match finder keeps positions as 32-bit numbers, so a larger input is matched in
    /// segments of this size (no match reaches back across a segment's start).
    static let segmentSize = 1 << 30

    /// `input` compressed as one raw DEFLATE stream, searching for matches with `effort`.
    public static func compress(_ input: [UInt8], effort: Effort = .thorough) -> [UInt8] {
        compress(input, segmentSize: segmentSize, effort: effort)
    }

    /// `input` compressed, matched in segments of `segmentSize` bytes.
    static func compress(_ input: [UInt8], segmentSize: Int, effort: Effort = .thorough) -> [UInt8] {
        var writer = BitWriter(capacity: input.count / 4 + 64)
        let tokens = BlockTokens()
        defer { tokens.deallocate() }
        input.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else {
                DeflateBlock(tokens, raw: bytes).write(isFinal: true, to: &writer)
                return
            }
            var start = 0
            repeat {
                let count = min(segmentSize, bytes.count - start)
                let segment = Segment(input: base + start, count: count, isLast: start + count == bytes.count)
                switch effort.search {
                case .chains(let search): search.compress(segment, tokens: tokens, to: &writer)
                case .greedy(let search): search.compress(segment, tokens: tokens, to: &writer)
                }
                start += count
            } while start < bytes.count
        }
        writer.alignToByte()
        return writer.bytes
    }

    /// A stretch of the input matched on its own, and whether it ends the stream.
    struct Segment {
        let input: UnsafePointer<UInt8>
        let count: Int
        let isLast: Bool

        /// Writes the tokens gathered for `input[start..<end]` as a block, final when `end` ends
        /// the last segment, and empties `tokens`.
        @inline(__always)
        func writeBlock(_ tokens: inout BlockTokens, from start: Int, to end: Int, writer: inout BitWriter) {
            write(tokens, from: start, to: end, writer: &writer)
            tokens.removeAll()
        }

        @inline(never)
        private func write(_ tokens: BlockTokens, from start: Int, to end: Int, writer: inout BitWriter) {
            DeflateBlock(tokens, raw: UnsafeBufferPointer(start: input + start, count: end - start))
                .write(isFinal: isLast && end == count, to: &writer)
        }
    }
}
