/// The thorough match search: hash chains of 4-byte prefixes walked a few candidates deep, and
/// lazy matching (a match is given up when the one a byte later is longer), as zlib's
/// `deflate_slow` does.
struct ChainSearch: Sendable, Hashable {
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

    /// The segment's tokens, gathered in `tokens` (empty) and written as blocks to `writer`.
    func compress(_ segment: Deflate.Segment, tokens: BlockTokens, to writer: inout BitWriter) {
        var tokens = tokens
        let input = segment.input, count = segment.count
        var finder = MatchFinder(input: input, count: count, niceLength: niceLength)
        defer { finder.deallocate() }
        var blockStart = 0
        var position = 0
        var match = finder.longestMatch(at: 0, chainLimit: chainLimit)
        while position < count {
            if tokens.isFull {
                segment.writeBlock(&tokens, from: blockStart, to: position, writer: &writer)
                blockStart = position
            }
            if match.length == 0 {
                tokens.literal(input[position])
                position += 1
                if position < count { match = finder.longestMatch(at: position, chainLimit: chainLimit) }
                continue
            }
            if match.length < lazyLength && position + 1 < count {
                let later = finder.longestMatch(at: position + 1, chainLimit: match.length >= goodLength ? chainLimit / 4 : chainLimit)
                if later.length > match.length {
                    tokens.literal(input[position])
                    position += 1
                    match = later
                }
            }
            tokens.match(length: match.length, distance: match.distance)
            position += match.length
            if match.length > insertLength { finder.skip(to: position) }
            if position < count { match = finder.longestMatch(at: position, chainLimit: chainLimit) }
        }
        segment.writeBlock(&tokens, from: blockStart, to: count, writer: &writer)
    }
}
