/// One row of an appendix table: a unit, an agency or the total, with its figures.
public struct AuditRow: Sendable, Hashable {
    /// The line of the file the row is on.
    public var line: Int
    /// The row number as typed ("1", "" for the total).
    public var number: String
    /// The unit's name as typed ("TP.Bắc Kạn", "Toàn tỉnh").
    public var name: String
    /// Unit, agency or total.
    public var kind: RowKind
    /// The figures, by column index; a column without a figure ("-", empty) has none.
    public var figures: [Int: ShownNumber]

    /// Creates a row.
    public init(line: Int, number: String, name: String, kind: RowKind, figures: [Int: ShownNumber]) {
        self.line = line
        self.number = number
        self.name = name
        self.kind = kind
        self.figures = figures
    }

    /// The figure in `column`, if the row has one.
    public subscript(column: AuditColumn) -> ShownNumber? { figures[column.index] }

    /// The name to show in findings: the name, or the line for a row without one.
    var label: String { name.isEmpty ? "(row without a name)" : name }
}
