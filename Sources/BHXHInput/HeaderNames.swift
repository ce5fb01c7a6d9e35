import BHXHCore
import Foundation
import VietnameseFormat

/// What a column of an input CSV holds, recognised from its header in English or Vietnamese,
/// ignoring case, accents, spaces, underscores and hyphens.
enum HeaderName: Hashable {
    /// units.csv: the unit's code; data files: the unit the row is about.
    case code
    /// The unit's name (read in units.csv, ignored in data files).
    case name
    /// units.csv: the unit's kind.
    case kind
    /// units.csv: the parent's code.
    case parent
    /// A row number (TT, STT), ignored.
    case rowNumber
    /// history/crosswalk.csv: the old unit's code.
    case oldCode
    /// history/crosswalk.csv: the new unit's code.
    case newCode
    /// history/crosswalk.csv: the part of the old unit that went into the new one.
    case share
    /// A data field.
    case field(DataField)

    /// Recognises a header; nil when it is none of the known ones.
    init?(header: String) {
        self.init(folded: Self.normalized(header))
    }

    /// Recognises a header already folded by `normalized`.
    init?(folded: String) {
        guard let match = Self.aliases[folded] else { return nil }
        self = match
    }

    /// The folded form used for matching: "Lực lượng lao động" → "luc luong lao dong".
    static func normalized(_ header: String) -> String {
        foldedForMatching(header)
    }

    /// Every accepted header, documented in docs/INPUT.md.
    static let table: [(HeaderName, [String])] = {
        var table: [(HeaderName, [String])] = [
            (.code, ["code", "unit", "unit code", "Mã", "Mã đơn vị", "Mã ĐV"]),
            (.name, ["name", "unit name", "Tên", "Tên đơn vị", "Đơn vị"]),
            (.kind, ["kind", "Loại", "Loại đơn vị", "Cấp"]),
            (.parent, ["parent", "parent code", "Cấp trên", "Đơn vị cấp trên", "Mã cấp trên"]),
            (.rowNumber, ["TT", "STT", "Số TT", "Số thứ tự"]),
            (.oldCode, ["old_code", "old code", "Mã cũ", "Mã đơn vị cũ", "Mã ĐVHC cũ"]),
            (.newCode, ["new_code", "new code", "Mã mới", "Mã đơn vị mới", "Mã ĐVHC mới"]),
            (.share, ["share", "Tỷ lệ", "Tỉ lệ"]),
            (.field(.labourForce), ["labour_force", "labor_force", "Lực lượng lao động", "LLLĐ",
                                    "Lực lượng lao động trong độ tuổi"]),
            (.field(.population), ["population", "Dân số"]),
        ]
        let vietnamese: [Scheme: [String]] = [
            .bhxhBB: ["BHXH bắt buộc", "Bảo hiểm xã hội bắt buộc", "BHXHBB"],
            .bhxhTN: ["BHXH tự nguyện", "Bảo hiểm xã hội tự nguyện", "BHXHTN"],
            .bhtn: ["BHTN", "Bảo hiểm thất nghiệp"],
            .bhyt: ["BHYT", "Bảo hiểm y tế"],
        ]
        for scheme in Scheme.recorded {
            let names = vietnamese[scheme] ?? []
            table.append((.field(.participants(scheme)), [scheme.rawValue] + names + names.map { "Số người tham gia \($0)" }))
            table.append((.field(.eligible(scheme)), ["\(scheme.rawValue)_eligible"]
                + names.map { "Số người thuộc diện tham gia \($0)" } + names.map { "Thuộc diện tham gia \($0)" }))
        }
        return table
    }()

    private static let aliases: [String: HeaderName] = {
        var aliases: [String: HeaderName] = [:]
        for (name, spellings) in table {
            for spelling in spellings { aliases[normalized(spelling)] = name }
        }
        return aliases
    }()
}

/// The spellings of a file's accepted headers as "did you mean" candidates. They are folded
/// once for the program and prepared once per file, so each unknown header costs its own
/// folding and a few bounded comparisons: header matching is linear in the column count.
struct HeaderSuggestions {
    private let spellings: [(spelling: String, folded: String)]
    private let candidates: Suggestion.Candidates

    /// The candidates for headers among `accepted`.
    init(accepted: Set<HeaderName>) {
        spellings = Self.foldedSpellings.filter { accepted.contains($0.name) }.map { ($0.spelling, $0.folded) }
        candidates = Suggestion.Candidates(spellings.map(\.folded))
    }

    /// The first spelling closest to a mistyped header, given folded by `HeaderName.normalized`.
    func closestSpelling(toFolded folded: String) -> String? {
        guard let match = candidates.closest(to: folded) else { return nil }
        return spellings.first { $0.folded == match }?.spelling
    }

    /// Every accepted spelling with its folded form, in table order.
    private static let foldedSpellings: [(name: HeaderName, spelling: String, folded: String)] =
        HeaderName.table.flatMap { name, spellings in spellings.map { (name, $0, HeaderName.normalized($0)) } }
}
