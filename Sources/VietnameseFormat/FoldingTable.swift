/// What `foldedForMatching` makes of each character of ASCII, Latin-1, Latin Extended-A and -B
/// (U+0000–U+024F) and Latin Extended Additional (U+1E00–U+1EFF, the Vietnamese letters with two
/// marks): one ASCII letter or digit, or a separator. Each entry is Foundation's answer for that
/// one character (`foundationFolding`), worked out once: one character that is a letter or digit
/// in ASCII, or one that is neither letter nor digit (a separator). A character whose answer is
/// anything else (nothing, several characters, a letter outside ASCII) is unknown, and text with
/// one is folded by Foundation.
/// These ranges hold no combining marks, so each character of such text stands alone (CR LF, two
/// separators, excepted) and folds as it does by itself: the table gives Foundation's result
/// without Foundation's cost for every name and heading of a table.
struct FoldingTable: Sendable {
    /// The table, made on first use.
    static let shared = FoldingTable()

    /// Per character: `unknown`, `separator`, or the ASCII byte it folds to.
    private let entries: [UInt8]
    private static let unknown: UInt8 = 0
    private static let separator: UInt8 = 1
    /// Latin Extended Additional, stored after the first range.
    private static let additional: ClosedRange<UInt32> = 0x1E00...0x1EFF
    private static let firstRangeEnd: UInt32 = 0x250

    private init() {
        let scalars = (0..<Self.firstRangeEnd).compactMap(Unicode.Scalar.init) + Self.additional.compactMap(Unicode.Scalar.init)
        var entries = [UInt8](repeating: Self.unknown, count: Int(Self.firstRangeEnd) + Self.additional.count)
        for scalar in scalars {
            let folded = foundationFolding(String(Character(scalar)))
            let entry: UInt8
            if folded.count != 1 || folded.unicodeScalars.count != 1 {
                entry = Self.unknown
            } else if let character = folded.first, !character.isLetter && !character.isNumber {
                entry = Self.separator
            } else if let byte = folded.utf8.first, folded.utf8.count == 1 {
                entry = byte
            } else {
                entry = Self.unknown
            }
            entries[Self.slot(of: scalar.value) ?? 0] = entry
        }
        self.entries = entries
    }

    private static func slot(of value: UInt32) -> Int? {
        if value < firstRangeEnd { return Int(value) }
        if additional.contains(value) { return Int(firstRangeEnd) + Int(value - additional.lowerBound) }
        return nil
    }

    /// `foldedForMatching(text)` from the table; nil when `text` has a character it does not know.
    func fold(_ text: String) -> String? {
        var known = true
        let result = String(unsafeUninitializedCapacity: text.utf8.count) { out in
            var count = 0
            var pendingSpace = false
            for scalar in text.unicodeScalars {
                guard let slot = Self.slot(of: scalar.value), case let entry = entries[slot], entry != Self.unknown else {
                    known = false
                    return 0
                }
                if entry == Self.separator {
                    pendingSpace = true
                    continue
                }
                if pendingSpace && count > 0 {
                    out[count] = UInt8(ascii: " ")
                    count += 1
                }
                pendingSpace = false
                out[count] = entry
                count += 1
            }
            return count
        }
        return known ? result : nil
    }
}
