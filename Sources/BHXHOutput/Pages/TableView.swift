import BHXHCore
import VietnameseFormat

/// A table as templates receive it: heading rows with their spans, and rows of cells already
/// written the Vietnamese way (1.234.567; 21,51; "-" for unknown).
struct TableView: Sendable {
    /// One heading cell.
    struct Heading: Sendable {
        /// The text.
        var text: String
        /// Columns spanned, when more than one.
        var colspan: Int?
        /// Rows spanned, when more than one.
        var rowspan: Int?
        /// "col" for a column heading, "colgroup" for a group's.
        var scope: String
    }

    /// One body cell.
    struct CellView: Sendable {
        /// The text as printed.
        var text: String
        /// "tt", "name" or "num", for alignment.
        var kind: String
        /// True for the cell naming the row (rendered as a row heading).
        var isRowHeading: Bool
    }

    /// One body row.
    struct Row: Sendable {
        /// "unit", "agency" or "total".
        var kind: String
        /// The unit's code.
        var unitCode: String
        /// The cells.
        var cells: [CellView]
    }

    /// The table's title, for its caption.
    var caption: String
    /// The two heading rows of the official layout.
    var headingRows: [[Heading]]
    /// One flat title per column ("Kế hoạch năm 2019: Số người tham gia"), for formats without spans.
    var columnTitles: [String]
    /// True for each column of numbers (aligned right).
    var numericColumns: [Bool]
    /// The body rows, the total last.
    var rows: [Row]
    /// The line under the table ("Số liệu năm 2018 quy đổi theo địa giới mới."); empty when none.
    var note = ""

    /// The type size the table prints at ("9.5pt"; see `TablePrintLayout`).
    var printSize: String
    /// The same in tenths of a point (95).
    var printTenths: Int
    /// Each column's narrowest width in em, as `TablePrintLayout` estimates it.
    var columnEms: [Double]
    /// The parts it prints in, one after another on their own pages, when it is too wide for one
    /// page even at the smallest size; empty when it prints whole.
    var parts: [TableView]
    /// For a part, the whole table's columns it shows, in order; empty for the whole table.
    var wholeColumns: [Int] = []

    /// The view of `table`, numbers in `style`, with its print size and parts.
    init(_ table: Table, style: NumberStyle = .vietnamese) {
        self.init(whole: table, style: style)
        let layout = TablePrintLayout(self, groups: table.groups)
        printTenths = layout.parts.first?.tenthsOfPoint ?? TablePrintLayout.largest
        printSize = Self.points(printTenths)
        columnEms = layout.columnEms
        guard layout.parts.count > 1 else { return }
        let starts = table.groups.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1.columns.count) }
        parts = layout.parts.enumerated().map { index, part in
            let columns = part.groups.flatMap { starts[$0]..<starts[$0 + 1] }
            let subset = Table(title: table.title, groups: part.groups.map { table.groups[$0] }, rows: table.rows.map { row in
                TableRow(kind: row.kind, unitCode: row.unitCode, cells: columns.compactMap { $0 < row.cells.count ? row.cells[$0] : nil })
            })
            var view = TableView(whole: subset, style: style, columns: columns, of: rows)
            view.printTenths = part.tenthsOfPoint
            view.printSize = Self.points(part.tenthsOfPoint)
            view.columnEms = columns.map { $0 < layout.columnEms.count ? layout.columnEms[$0] : 1 }
            if index > 0 { view.caption += " (tiếp theo)" }
            return view
        }
    }

    /// "9.5pt", "11pt".
    private static func points(_ tenths: Int) -> String {
        tenths % 10 == 0 ? "\(tenths / 10)pt" : "\(tenths / 10).\(tenths % 10)pt"
    }

    /// The view of `table` as one part, at the largest print size. For a part of a wider table,
    /// `table` holds the `columns` of that table, whose view's rows are `wholeRows`.
    private init(whole table: Table, style: NumberStyle, columns: [Int] = [], of wholeRows: [Row] = []) {
        caption = table.title
        printTenths = TablePrintLayout.largest
        printSize = Self.points(TablePrintLayout.largest)
        columnEms = []
        parts = []
        var top: [Heading] = []
        var bottom: [Heading] = []
        var titles: [String] = []
        for group in table.groups {
            if let title = group.title {
                top.append(Heading(text: title, colspan: group.columns.count > 1 ? group.columns.count : nil, rowspan: nil,
                                   scope: group.columns.count > 1 ? "colgroup" : "col"))
                bottom += group.columns.map { Heading(text: $0.title, colspan: nil, rowspan: nil, scope: "col") }
                titles += group.columns.map { "\(title): \($0.title)" }
            } else {
                top += group.columns.map { Heading(text: $0.title, colspan: nil, rowspan: 2, scope: "col") }
                titles += group.columns.map(\.title)
            }
        }
        headingRows = [top, bottom]
        columnTitles = titles
        numericColumns = table.columns.map { $0.kind != .text }
        wholeColumns = columns
        rows = zip(table.rows.indices, table.rows).map { index, row in
            guard !columns.isEmpty else {
                return Row(kind: row.kind.name, unitCode: row.unitCode,
                           cells: row.cells.enumerated().map { Self.cell($1, at: $0, style: style) })
            }
            // A part: the whole table's cells where they are the same (the national plans' tables
            // print in two or three parts each, so this formats each figure once, not twice).
            let cells = Self.partRow(wholeRows[index].cells, columns: columns) { Self.cell(row.cells[$0], at: $0, style: style) }
            return Row(kind: row.kind.name, unitCode: row.unitCode, cells: cells)
        }
        note = table.note ?? ""
    }
}

extension TableView {
    /// The view of `cell`, at `position` in its row: the first column is "tt", the second the row heading.
    private static func cell(_ cell: Cell, at position: Int, style: NumberStyle) -> CellView {
        switch cell {
        case .text(let text):
            return CellView(text: text, kind: position == 0 ? "tt" : "name", isRowHeading: position == 1)
        case .number(let value, let decimals):
            return CellView(text: value.map { style.format($0, decimals: decimals) } ?? "-", kind: "num", isRowHeading: false)
        }
    }

    /// True when a part's cell at `position` is the whole table's at `column`: their position
    /// makes neither the TT nor the row heading, or the same.
    static func isSameCell(at position: Int, asColumn column: Int) -> Bool {
        position == column || (position >= 2 && column >= 2)
    }

    /// A part's row from the whole table's row `whole`, one cell for each of the part's `columns`:
    /// the whole table's own where the part shows it unchanged (`isSameCell`), `made(position)`
    /// where its position may change what it is. Used for the cells' views and their objects alike.
    static func partRow<Cell>(_ whole: [Cell], columns: [Int], made: (Int) -> Cell) -> [Cell] {
        var cells: [Cell] = []
        cells.reserveCapacity(columns.count)
        for column in columns where column < whole.count {
            let position = cells.count
            cells.append(isSameCell(at: position, asColumn: column) ? whole[column] : made(position))
        }
        return cells
    }
}

extension TableRow.Kind {
    /// The name templates and style sheets use: "unit", "agency", "total".
    var name: String {
        switch self {
        case .unit: return "unit"
        case .agency: return "agency"
        case .total: return "total"
        }
    }
}
