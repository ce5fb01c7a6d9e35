import BHXHCore
import VietnameseFormat

/// What a row of an appendix table is, recognised from its name.
public enum RowKind: String, Sendable, Hashable {
    /// A unit: a district, city, commune…
    case unit
    /// An agency collecting directly ("BHXH tỉnh", "Bảo hiểm xã hội tỉnh"): participants, no labour force.
    case agency
    /// The total of the other rows ("Toàn tỉnh", "Tổng cộng", "Cộng", "Toàn huyện"…).
    case total

    /// The kind of a row named `name`.
    init(name: String) {
        // Its words compared in place: what `ColumnRole.contains` finds of a phrase in `words`,
        // without splitting the name or a Foundation text search for every row.
        let words = foldedForMatching(name)
        if Self.isTotal(words) {
            self = .total
        } else if Self.contains(words, "bhxh") || Self.contains(words, "bao hiem xa hoi") {
            self = .agency
        } else {
            self = .unit
        }
    }

    /// "Toàn" followed by a kind of area ("Toàn tỉnh", "Toàn thành phố" — not the commune "Toàn
    /// Thắng"), "Tổng", "Tổng cộng", "Tổng số", "Cộng" — and every name our own tables give a total.
    private static func isTotal(_ words: String) -> Bool {
        // Words found by their UTF-8 spaces: no grapheme breaking for every row; each made a
        // `String` (a short one is kept in place), which compares with a `String` byte for byte,
        // where a `Substring` goes through the generic, character by character comparison.
        let firstEnd = words.utf8.firstIndex(of: UInt8(ascii: " ")) ?? words.endIndex
        let first = String(words[..<firstEnd])
        // The names' set is only asked about names that begin as one of them does.
        if wholeAreaFirstWords.contains(where: { $0 == first }), wholeAreaNames.contains(words) { return true }
        let alone = firstEnd == words.endIndex
        let rest = alone ? words[firstEnd...] : words[words.utf8.index(after: firstEnd)...]
        let second = String(rest[..<(rest.utf8.firstIndex(of: UInt8(ascii: " ")) ?? rest.endIndex)])
        switch first {
        case "toan": return areaWords.contains(second)
        case "tong": return alone || ["cong", "so", "toan", "chung"].contains(second)
        case "cong": return alone || second == "chung"
        default: return false
        }
    }

    /// True when `phrase` comes in `words` (words one space apart) as consecutive whole words: its
    /// bytes, with a space or an end of `words` on either side.
    private static func contains(_ words: String, _ phrase: StaticString) -> Bool {
        var words = words
        return words.withUTF8 { text in
            let count = phrase.utf8CodeUnitCount
            guard text.count >= count else { return false }
            return phrase.withUTF8Buffer { wanted in
                (0...(text.count - count)).contains { start in
                    (start == 0 || text[start - 1] == UInt8(ascii: " "))
                        && (start + count == text.count || text[start + count] == UInt8(ascii: " "))
                        && UnsafeBufferPointer(rebasing: text[start..<(start + count)]).elementsEqual(wanted)
                }
            }
        }
    }

    private static let wholeAreaNames = Set(UnitKind.allCases.map { foldedForMatching($0.wholeAreaName) })
    /// The first words of `wholeAreaNames` ("toan", "tong").
    private static let wholeAreaFirstWords = Array(Set(wholeAreaNames.map { String($0.prefix { $0 != " " }) }))
    private static let areaWords: Set<String> = ["tinh", "huyen", "thanh", "thi", "quan", "phuong", "xa", "dac", "khu", "quoc", "bo", "vung"]
}

/// A unit's name reduced for matching across tables: "TP.Bắc Kạn", "Thành phố Bắc Kạn" → "bac kan";
/// "Huyện Chợ Đồn", "Chợ Đồn" → "cho don".
func unitKey(_ name: String) -> String {
    var words = foldedForMatching(name)
    for prefix in ["thanh pho ", "tp ", "huyen ", "thi xa ", "tx ", "quan ", "phuong ", "thi tran ", "xa "]
    where words.hasPrefix(prefix) && words.count > prefix.count {
        words = String(words.dropFirst(prefix.count))
        break
    }
    return words
}
