/// The runs of backticks in a text, indexed by length, to find a code span's closing run in linear time.
struct BacktickRuns {
    private var startsByLength: [Int: [Int]] = [:]
    private var cursorByLength: [Int: Int] = [:]

    /// Indexes every maximal run of backticks in `characters`.
    init(_ characters: [Character]) {
        var index = 0
        while index < characters.count {
            guard characters[index] == "`" else {
                index += 1
                continue
            }
            let start = index
            while index < characters.count, characters[index] == "`" { index += 1 }
            startsByLength[index - start, default: []].append(start)
        }
    }

    /// The start of the first run of exactly `length` backticks at or after `position`, if any.
    /// Successive calls must not go backwards in `position` (the scanner only moves forward).
    mutating func closing(length: Int, after position: Int) -> Int? {
        guard let starts = startsByLength[length] else { return nil }
        var cursor = cursorByLength[length] ?? 0
        while cursor < starts.count, starts[cursor] < position { cursor += 1 }
        cursorByLength[length] = cursor
        return cursor < starts.count ? starts[cursor] : nil
    }
}
