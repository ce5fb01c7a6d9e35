import AdministrativeRegister
import BHXHInput
import VietnameseFormat

/// The province that `init --province` names, by its code or its name in any spelling, or why
/// none could be chosen with the names closest to what was typed.
public enum ProvinceChoice: Sendable, Equatable {
    /// The province.
    case province(RegisterUnit)
    /// Nothing or several fit; the message says which names come closest.
    case refused(String)

    /// Chooses among the provinces of `register`.
    public init(_ query: String, in register: UnitRegister) {
        let provinces = register.roots
        switch register.find(query, among: provinces) {
        case .found(let province):
            self = .province(province)
        case .ambiguous(let candidates):
            self = .refused("\"\(query)\" fits several provinces: \(Self.named(candidates)); give the name in full or the code")
        case .none:
            // A name longer than any province's is not a typo of one (and is not compared, nor shown whole).
            guard query.count <= Suggestion.maximumLength else {
                self = .refused("no province is called \"\(query.prefix(Suggestion.maximumLength))…\" (the 34 provinces and their codes are in docs/INPUT.md)")
                return
            }
            let closest = Self.closest(to: query, among: provinces)
            self = .refused("no province is called \"\(query)\"; the closest are \(Self.named(closest)) (the 34 provinces and their codes are in docs/INPUT.md)")
        }
    }

    /// "Tỉnh Sơn La (14) or Tỉnh Lạng Sơn (20)".
    private static func named(_ units: [RegisterUnit]) -> String {
        Suggestion.list(units.map { "\($0.name) (\($0.code))" })
    }

    /// The three provinces whose names, without their kind, are nearest to `query` by edit distance.
    private static func closest(to query: String, among provinces: [RegisterUnit]) -> [RegisterUnit] {
        let folded = foldedForMatching(query)
        let ranked = provinces.enumerated().map { position, unit in
            (unit, Suggestion.editDistance(folded, NameMatch.bareName(unit.name)), position)
        }
        return ranked.sorted { ($0.1, $0.2) < ($1.1, $1.2) }.prefix(3).map(\.0)
    }
}
