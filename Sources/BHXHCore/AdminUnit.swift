/// One administrative unit (or agency) of `units.csv`; named so as not to clash with Foundation's `Unit`.
public struct AdminUnit: Sendable, Hashable {
    /// The code that data files and plans use ("BK", "BK-CD").
    public var code: String
    /// The name as printed ("Huyện Chợ Đồn").
    public var name: String
    /// Province, district, commune, agency…
    public var kind: UnitKind
    /// The code of the parent unit; nil for the root.
    public var parentCode: String?
    /// Where the unit is defined.
    public var source: SourceRef?

    /// Creates a unit.
    public init(code: String, name: String, kind: UnitKind, parentCode: String?, source: SourceRef? = nil) {
        self.code = code
        self.name = name
        self.kind = kind
        self.parentCode = parentCode
        self.source = source
    }
}
