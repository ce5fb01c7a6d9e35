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
        let words = foldedForMatching(name)
        // Its words, split once and compared one by one: what `ColumnRole.contains` finds of a phrase
        // in `words`, without a Foundation text search for every row.
        let parts = words.split(separator: " ")
        if Self.isTotal(words, parts: parts) {
            self = .total
        } else if parts.contains("bhxh") || Self.contains(parts, ["bao", "hiem", "xa", "hoi"]) {
            self = .agency
        } else {
            self = .unit
        }
    }

    /// "Toàn" followed by a kind of area ("Toàn tỉnh", "Toàn thành phố" — not the commune "Toàn
    /// Thắng"), "Tổng", "Tổng cộng", "Tổng số", "Cộng" — and every name our own tables give a total.
    private static func isTotal(_ words: String, parts: [Substring]) -> Bool {
        if wholeAreaNames.contains(words) { return true }
        guard let first = parts.first else { return false }
        let second = parts.count > 1 ? parts[1] : ""
        switch first {
        case "toan": return areaWords.contains(String(second))
        case "tong": return parts.count == 1 || ["cong", "so", "toan", "chung"].contains(second)
        case "cong": return parts.count == 1 || second == "chung"
        default: return false
        }
    }

    /// True when `phrase` comes in `parts` as consecutive words.
    private static func contains(_ parts: [Substring], _ phrase: [Substring]) -> Bool {
        guard parts.count >= phrase.count else { return false }
        return (0...(parts.count - phrase.count)).contains { start in parts[start..<(start + phrase.count)].elementsEqual(phrase) }
    }

    private static let wholeAreaNames = Set(UnitKind.allCases.map { foldedForMatching($0.wholeAreaName) })
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
