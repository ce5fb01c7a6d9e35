/// "Did you mean …?" for mistyped keys, names, codes and options.
///
/// The work is bounded: only the first `maximumCandidates` candidates are compared, words and
/// candidates longer than `maximumLength` characters are never compared (a 10 MB cell gets no
/// suggestion, at once), and each comparison stops as soon as it cannot come close enough.
public enum Suggestion {
    /// Longer words are not typos of anything worth suggesting (unit codes have at most 64 bytes).
    public static let maximumLength = 64
    /// More candidates than this are not compared (a national project has about 3.400 unit codes).
    public static let maximumCandidates = 10_000

    /// The candidate closest to `word` by edit distance, when it is close enough to be a typo.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        Candidates(candidates).closest(to: word)
    }

    /// Candidates prepared once for many look-ups (every unknown code of a file against the unit codes).
    public struct Candidates: Sendable {
        private let words: [String]
        /// Each word lowercased as Unicode scalars; nil when it is too long to compare.
        private let folded: [[Unicode.Scalar]?]

        /// Prepares the first `maximumCandidates` of `words`.
        public init(_ words: [String]) {
            self.words = Array(words.prefix(Suggestion.maximumCandidates))
            folded = self.words.map(Suggestion.folded)
        }

        /// The first candidate nearest to `word`, when its distance is at most a third of its
        /// length (at least 1); nil when none is, or when `word` is too long to compare.
        public func closest(to word: String) -> String? {
            guard let target = Suggestion.folded(word) else { return nil }
            var best: (index: Int, distance: Int)?
            for (index, candidate) in folded.enumerated() {
                guard let candidate else { continue }
                let limit = min(max(1, candidate.count / 3), (best?.distance ?? .max) - 1)
                if let distance = Suggestion.distance(target, candidate, limit: limit) {
                    best = (index, distance)
                    if distance == 0 { break }
                }
            }
            return best.map { words[$0.index] }
        }
    }

    /// "a, b or c".
    public static func list(_ words: [String]) -> String {
        guard words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " or " + words[words.count - 1]
    }

    /// The edit distance between two words, counting an insertion, a deletion, a substitution
    /// or a swap of two neighbouring letters ("biuld" → "build") as one edit.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        distance(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: .max) ?? 0
    }

    /// `text` lowercased as scalars; nil when longer than `maximumLength` (checked on the
    /// bytes first, so a huge text costs nothing).
    private static func folded(_ text: String) -> [Unicode.Scalar]? {
        guard text.utf8.count <= maximumLength * 4 else { return nil }
        let scalars = Array(text.lowercased().unicodeScalars)
        return scalars.count <= maximumLength ? scalars : nil
    }

    /// The edit distance of `a` and `b` when it is at most `limit`, else nil — found row by row
    /// and given up as soon as a whole row exceeds `limit` (no later row can come back under it,
    /// swaps included).
    private static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        guard limit >= 0, abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let width = b.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows -> Int? in
            // Three rows in one buffer: the one before the previous (for swaps), the previous, the current.
            var (beforePrevious, previous, current) = (0, width, 2 * width)
            for j in 0..<width { rows[previous + j] = j }
            for i in 1...a.count {
                rows[current] = i
                var rowMinimum = i
                for j in 1...b.count {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        value = min(value, rows[beforePrevious + j - 2] + 1)
                    }
                    rows[current + j] = value
                    rowMinimum = min(rowMinimum, value)
                }
                if rowMinimum > limit { return nil }
                (beforePrevious, previous, current) = (previous, current, beforePrevious)
            }
            let result = rows[previous + b.count]
            return result <= limit ? result : nil
        }
    }
}
