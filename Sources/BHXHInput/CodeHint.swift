import BHXHCore

/// "; did you mean …?" for unknown unit codes of a file, the candidates prepared once, at the
/// first unknown code (most files have none).
struct CodeHint {
    private let tree: UnitTree
    private var candidates: Suggestion.Candidates?

    /// Hints among the codes of `tree`.
    init(_ tree: UnitTree) {
        self.tree = tree
    }

    /// `; did you mean "X"?` naming the closest code of the tree, or "" when none is close.
    mutating func hint(for code: String) -> String {
        if candidates == nil { candidates = Suggestion.Candidates(tree.units.map(\.code)) }
        return candidates?.closest(to: code).map { "; did you mean \"\($0)\"?" } ?? ""
    }
}
