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
    /// The figures by column index, nil for a column without one ("-", empty): an array, so that
    /// the checks find a cell without hashing (a table has hundreds of thousands).
    private var cells: [ShownNumber?]

    /// The figures, by column index; a column without a figure ("-", empty) has none.
    public var figures: [Int: ShownNumber] {
        Dictionary(uniqueKeysWithValues: cells.indices.compactMap { index in cells[index].map { (index, $0) } })
    }

    /// Creates a row.
    public init(line: Int, number: String, name: String, kind: RowKind, figures: [Int: ShownNumber]) {
        var cells = [ShownNumber?](repeating: nil, count: (figures.keys.max() ?? -1) + 1)
        for (index, figure) in figures where index >= 0 { cells[index] = figure }
        self.init(line: line, number: number, name: name, kind: kind, cells: cells)
    }

    /// Creates a row from its figures by column index (nil where a column has none).
    init(line: Int, number: String, name: String, kind: RowKind, cells: [ShownNumber?]) {
        self.line = line
        self.number = number
        self.name = name
        self.kind = kind
        self.cells = cells
    }

    /// The figure in `column`, if the row has one.
    public subscript(column: AuditColumn) -> ShownNumber? {
        column.index < cells.count ? cells[column.index] : nil
    }

    /// The name to show in findings: the name, or the line for a row without one.
    var label: String { name.isEmpty ? "(row without a name)" : name }
}
