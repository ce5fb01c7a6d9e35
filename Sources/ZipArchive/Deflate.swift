/// A DEFLATE compressor (RFC 1951) of our own: LZ77 over a 32 KB window with hash chains and lazy
/// matching, then blocks of dynamic Huffman codes (or fixed codes, or stored bytes, whichever is
/// smallest). The output is a raw DEFLATE stream, as ZIP's method 8 stores it (no zlib or gzip
/// wrapper). The same input always gives the same bytes.
public enum Deflate {
    /// The tokens gathered before a block is written.
    static let tokensPerBlock = 16_384

    /// How hard the match search tries, tuned on worksheet XML and the site's HTML
    /// (docs/PERFORMANCE.md).
    public struct Effort: Sendable, Hashable {
        /// Earlier positions tried per search.
        let chainLimit: Int
        /// A match this long is taken without searching further.
        let niceLength: Int
        /// A match shorter than this is checked against the match one byte later, and given up
        /// when that one is longer.
        let lazyLength: Int
        /// When the match in hand is this long, the one a byte later is sought with a quarter of
        /// the effort.
        let goodLength: Int
        /// The positions inside a match longer than this are left out of the hash chains (later
        /// matches can still start at the match's first byte): repetitive XML is then searched
        /// once per match instead of once per byte.
        let insertLength: Int




        /// The default: 5.5× on worksheet XML at 120–160 MB/s.
        public static let thorough = Effort(chainLimit: 12, niceLength: 64, lazyLength: 12, goodLength: 6, insertLength: 32)
        /// For large entries (a sheet of half a million rows): shorter chains, less lazy matching
        /// and long matches kept out of the chains, a few per cent larger output in less time.
        public static let fast = Effort(chainLimit: 4, niceLength: 64, lazyLength: 6, goodLength: 6, insertLength: 16)
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
        input.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else {
                DeflateBlock(tokens: UnsafeBufferPointer(start: nil, count: 0), raw: bytes).write(isFinal: true, to: &writer)
                return
            }
            var start = 0
            repeat {
                let count = min(segmentSize, bytes.count - start)
                compressSegment(base + start, count: count, isLast: start + count == bytes.count, effort: effort, to: &writer)
                start += count
            } while start < bytes.count
        }
        writer.alignToByte()
        return writer.bytes
    }

    /// The `count` bytes at `input` as blocks, the last of them final when `isLast`.
    private static func compressSegment(_ input: UnsafePointer<UInt8>, count: Int, isLast: Bool, effort: Effort,
                                        to writer: inout BitWriter) {
        let chainLimit = effort.chainLimit, lazyLength = effort.lazyLength, goodLength = effort.goodLength
        let insertLength = effort.insertLength
        var finder = MatchFinder(input: input, count: count, niceLength: effort.niceLength)
        let tokens = UnsafeMutablePointer<UInt32>.allocate(capacity: tokensPerBlock + 2)
        defer {
            finder.deallocate()
            tokens.deallocate()
        }
        var tokenCount = 0
        var blockStart = 0
        var position = 0
        var match = finder.longestMatch(at: 0, chainLimit: chainLimit)
        while position < count {
            if tokenCount >= tokensPerBlock {
                DeflateBlock(tokens: UnsafeBufferPointer(start: tokens, count: tokenCount),
                             raw: UnsafeBufferPointer(start: input + blockStart, count: position - blockStart))
                    .write(isFinal: false, to: &writer)
                tokenCount = 0
                blockStart = position
            }
            if match.length == 0 {
                tokens[tokenCount] = UInt32(input[position])
                tokenCount += 1
                position += 1
                if position < count { match = finder.longestMatch(at: position, chainLimit: chainLimit) }
                continue
            }
            if match.length < lazyLength && position + 1 < count {
                let later = finder.longestMatch(at: position + 1, chainLimit: match.length >= goodLength ? chainLimit / 4 : chainLimit)
                if later.length > match.length {
                    tokens[tokenCount] = UInt32(input[position])
                    tokenCount += 1
                    position += 1
                    match = later
                }
            }
            tokens[tokenCount] = UInt32(match.length) << 15 | UInt32(match.distance - 1)
            tokenCount += 1
            position += match.length
            if match.length > insertLength { finder.skip(to: position) }
            if position < count { match = finder.longestMatch(at: position, chainLimit: chainLimit) }
        }
        DeflateBlock(tokens: UnsafeBufferPointer(start: tokens, count: tokenCount),
                     raw: UnsafeBufferPointer(start: input + blockStart, count: position - blockStart))
            .write(isFinal: isLast, to: &writer)
    }
}
