/// The fast match search, in the manner of zlib's `deflate_fast` at its lowest level: a table
/// holds the latest position of each 4-byte hash; the bytes at a position are matched against
/// that one candidate only, and a match is taken as soon as it is found (no lazy matching).
/// The positions inside a match longer than `insertLength` stay out of the table but for its last,
/// so a long match costs two lookups and the comparison of its bytes, eight at a time.
struct GreedySearch: Sendable, Hashable {
    /// The positions inside a match this long or shorter go into the table; those inside longer
    /// ones do not.
    let insertLength: Int
    /// The most hash bits (64K entries, for inputs of 64 KB and more).
    static let mostHashBits = 16

    /// The segment's tokens, gathered in `tokens` (empty) and written as blocks to `writer`.
    func compress(_ segment: Deflate.Segment, tokens: BlockTokens, to writer: inout BitWriter) {
        var tokens = tokens
        let input = segment.input, count = segment.count
        let bits = MatchFinder.hashBits(count: count, most: Self.mostHashBits)
        // Far enough back that every position is more than a window from it: no candidate.
        let latest = UnsafeMutablePointer<Int32>.allocate(capacity: 1 << bits)
        latest.initialize(repeating: Int32.min, count: 1 << bits)
        defer { latest.deallocate() }
        let lastStart = count - MatchFinder.minimumLength // the last position with four bytes from it
        let minimum = MatchFinder.minimumLength
        var blockStart = 0
        var position = 0
        // Positions stay below a segment's 2^30 bytes: the arithmetic cannot overflow.
        while position <= lastStart {
            if tokens.isFull {
                segment.writeBlock(&tokens, from: blockStart, to: position, writer: &writer)
                blockStart = position
            }
            let word = MatchFinder.word(input + position)
            let bucket = MatchFinder.hash(word, bits: bits)
            let distance = position &- Int(latest[bucket])
            latest[bucket] = Int32(truncatingIfNeeded: position)
            let candidate = input + position - distance
            guard distance <= MatchFinder.window, MatchFinder.word(candidate) == word else {
                tokens.literal(input[position])
                position &+= 1
                continue
            }
            let available = min(MatchFinder.maximumLength, count &- position)
            let length = minimum &+ MatchFinder.commonLength(candidate + minimum, input + position + minimum,
                                                             limit: available &- minimum)
            tokens.match(length: length, distance: distance)
            let end = position &+ length
            if length <= insertLength {
                position &+= 1
                let last = min(end, lastStart &+ 1)
                while position < last {
                    latest[MatchFinder.hash(MatchFinder.word(input + position), bits: bits)] = Int32(truncatingIfNeeded: position)
                    position &+= 1
                }
            } else if end &- 1 <= lastStart {
                // The last position of a long match goes in, so that a run of one byte stays a
                // run of matches one byte back (not a match's length back, with 7 extra bits).
                latest[MatchFinder.hash(MatchFinder.word(input + end - 1), bits: bits)] = Int32(truncatingIfNeeded: end &- 1)
            }
            position = end
        }
        while position < count {
            if tokens.isFull {
                segment.writeBlock(&tokens, from: blockStart, to: position, writer: &writer)
                blockStart = position
            }
            tokens.literal(input[position])
            position += 1
        }
        segment.writeBlock(&tokens, from: blockStart, to: count, writer: &writer)
    }
}
