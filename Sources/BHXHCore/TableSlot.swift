/// A column of a plan table with the way each row fills it: what `AppendixFigures.table()` and
/// `SideBySideFigures.table()` build their tables from, so that a heading and its cells are
/// never out of step when a layout leaves columns out.
struct TableSlot: Sendable {
    /// The column.
    let column: Column
    /// The cell of the row at a position (0 for the first) of the rows shown.
    let cell: @Sendable (Int, PlanRow) -> Cell
    /// What the column is, for other columns' formulas to name it.
    var key: SlotKey?
    /// How its figures follow from the columns with these keys.
    var formula: ColumnFormula<SlotKey>?

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

/// A column of a plan table as formulas name it: what it holds, for which year, in which of a
/// side-by-side table's scheme groups (0 otherwise).
struct SlotKey: Sendable, Hashable {
    let column: AppendixColumn
    let year: Int
    let part: Int

    init(_ column: AppendixColumn, _ year: Int, part: Int = 0) {
        self.column = column
        self.year = year
        self.part = part
    }
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
        var positions: [SlotKey: Int] = [:]
        for (position, slot) in slots.enumerated() {
            if let key = slot.key { positions[key] = position }
        }
        return Table(title: title, groups: shown.map { group in
            ColumnGroup(group.title, group.slots.map { slot in
                var column = slot.column
                column.formula = slot.formula?.map { positions[$0] }
                return column
            })
        }, rows: tableRows)
    }
}
