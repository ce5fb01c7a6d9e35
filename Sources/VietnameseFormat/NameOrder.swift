/// The key that puts names in the order people look them up in a list: by their folded form
/// (`foldedForMatching`: accents, case and punctuation dropped), then, among names that fold
/// alike ("Xã Tân Hòa", "Xã Tân Hoà"), by the names themselves, so the order is total and stable.
///
/// ```swift
/// let sorted = names.sorted { NameOrder($0) < NameOrder($1) }   // fold once per name for long lists:
/// let keyed = names.map { (NameOrder($0), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
/// ```
public struct NameOrder: Comparable, Sendable {
    /// The name folded for matching ("xa tan hoa").
    public let folded: String
    /// The name as written.
    public let name: String

    /// The key of `name`.
    public init(_ name: String) {
        folded = foldedForMatching(name)
        self.name = name
    }

    /// True when `left` comes before `right`: folded names first, then the names.
    public static func < (left: NameOrder, right: NameOrder) -> Bool {
        left.folded != right.folded ? left.folded < right.folded : left.name < right.name
    }
}
