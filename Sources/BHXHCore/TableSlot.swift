/// A column of a plan table with the way each row fills it: what `AppendixFigures.table()` and
/// `SideBySideFigures.table()` build their tables from, so that a heading and its cells are
/// never out of step when a layout leaves columns out.
struct TableSlot: Sendable {
    /// The column.
    let column: Column
    /// The cell of the row at a position (0 for the first) of the rows shown.
    let cell: @Sendable (Int, PlanRow) -> Cell

    /// A column whose cells depend on the row and its position.
    init(_ column: Column, position cell: @escaping @Sendable (Int, PlanRow) -> Cell) {
        self.column = column
        self.cell = cell
    }

    /// A column whose cells depend on the row alone.
    init(_ column: Column, _ cell: @escaping @Sendable (PlanRow) -> Cell) {
        self.init(column, position: { cell($1) })
    }

    /// "TT": 1, 2, … and nothing on the total row.
    static let rowNumber = TableSlot(Column("TT", .text), position: { .text($1.isTotal ? "" : String($0 + 1)) })
    /// "Tên đơn vị": the unit's name, the whole area's ("Toàn tỉnh") on the total row.
    static let name = TableSlot(Column("Tên đơn vị", .text)) { .text($0.isTotal ? $0.unit.kind.wholeAreaName : $0.unit.name) }
}

/// Columns of a plan table under a common heading (nil for a lone column).
struct SlotGroup: Sendable {
    /// The common heading.
    let title: String?
    /// The columns.
    let slots: [TableSlot]

    /// Creates a group.
    init(_ title: String?, _ slots: [TableSlot]) {
        self.title = title
        self.slots = slots
    }

    /// The table of `rows` in `groups`, leaving out groups without a column.
    static func table(title: String, groups: [SlotGroup], rows: [PlanRow]) -> Table {
        let shown = groups.filter { !$0.slots.isEmpty }
        let slots = shown.flatMap(\.slots)
        let tableRows = rows.enumerated().map { position, row in
            TableRow(kind: row.rowKind, unitCode: row.unit.code, cells: slots.map { $0.cell(position, row) })
        }
        return Table(title: title, groups: shown.map { ColumnGroup($0.title, $0.slots.map(\.column)) }, rows: tableRows)
    }
}
