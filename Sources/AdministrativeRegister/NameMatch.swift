import Foundation
import VietnameseFormat

/// What a name or code typed by a person finds among units.
public enum NameMatch: Sendable, Hashable {
    /// Exactly one unit.
    case found(RegisterUnit)
    /// Several units fit equally well; the person must say which.
    case ambiguous([RegisterUnit])
    /// None fits.
    case none

    /// The words that say what kind a unit is, at the start of its name.
    static let kindWords = ["thanh pho", "tinh", "quan", "huyen", "thi xa", "thi tran", "phuong", "xa", "dac khu"]

    /// Matches `query` against `candidates`: a code, then a whole name (with or without its kind
    /// word), then a run of whole words inside one name only.
    init(_ query: String, among candidates: [RegisterUnit]) {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        if let unit = candidates.first(where: { $0.code == trimmed }) {
            self = .found(unit)
            return
        }
        let folded = foldedForMatching(trimmed)
        guard !folded.isEmpty else {
            self = .none
            return
        }
        let names = candidates.map { unit in (unit, Self.forms(of: unit.name)) }
        let whole = names.filter { $0.1.contains(folded) }.map(\.0)
        let partial = whole.isEmpty ? names.filter { $0.1.contains { " \($0) ".contains(" \(folded) ") } }.map(\.0) : whole
        switch partial.count {
        case 0: self = .none
        case 1: self = .found(partial[0])
        default: self = .ambiguous(partial)
        }
    }

    /// A name folded for matching, with and without its kind word: "Tỉnh Lạng Sơn" → ["tinh lang son", "lang son"].
    static func forms(of name: String) -> [String] {
        let folded = foldedForMatching(name)
        for word in kindWords where folded.hasPrefix(word + " ") {
            return [folded, String(folded.dropFirst(word.count + 1))]
        }
        return [folded]
    }

    /// The name without its kind word, as printed: "Tỉnh Lạng Sơn" → "Lạng Sơn".
    public static func printedBareName(_ name: String) -> String {
        let words = name.split(separator: " ", omittingEmptySubsequences: true)
        for count in [2, 1] where words.count > count {
            if kindWords.contains(foldedForMatching(words.prefix(count).joined(separator: " "))) {
                return words.dropFirst(count).joined(separator: " ")
            }
        }
        return name
    }

    /// The name without its kind word, folded ("lang son"), for ranking near misses.
    public static func bareName(_ name: String) -> String {
        forms(of: name).last ?? name
    }
}
