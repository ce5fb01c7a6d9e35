import Foundation
import VietnameseFormat

/// A table ready for any writer (CSV, Markdown, HTML): headings in up to two levels, typed
/// cells and row kinds. The computation decides what is shown; writers decide only how.
public struct Table: Sendable {
    /// The heading above the table.
    public var title: String
    /// Column groups: a group with a title spans its columns in the first heading row; a group
    /// without one holds a single column whose heading spans both rows.
    public var groups: [ColumnGroup]
    /// Body rows, the total last.
    public var rows: [TableRow]
    /// A line under the table, when some of its figures need one ("Số liệu năm 2018 quy đổi
    /// theo địa giới mới.").
    public var note: String?

    /// Creates a table.
    public init(title: String, groups: [ColumnGroup], rows: [TableRow], note: String? = nil) {
        self.title = title
        self.groups = groups
        self.rows = rows
        self.note = note
    }

    /// All columns, left to right.
    public var columns: [Column] { groups.flatMap(\.columns) }
}

/// Columns under a common heading.
public struct ColumnGroup: Sendable {
    /// The common heading ("Kế hoạch năm 2019"), or nil for a lone column.
    public var title: String?
    /// The columns.
    public var columns: [Column]

    /// Creates a group.
    public init(_ title: String?, _ columns: [Column]) {
        self.title = title
        self.columns = columns
    }
}

/// One column.
public struct Column: Sendable {
    /// What its values are.
    public enum Kind: Sendable {
        /// Text: TT numbers and names.
        case text
        /// People, shown as whole numbers.
        case count
        /// A percentage (without the % sign; the heading says "%").
        case percent
    }

    /// The heading ("Lực lượng lao động").
    public var title: String
    /// The kind of values.
    public var kind: Kind
    /// How its figures follow from other columns of the row (by position in `Table.columns`),
    /// or nil for figures of their own (and for a percentage whose operands are not in the table).
    public var formula: ColumnFormula<Int>?

    /// Creates a column.
    public init(_ title: String, _ kind: Kind, formula: ColumnFormula<Int>? = nil) {
        self.title = title
        self.kind = kind
        self.formula = formula
    }
}

/// One row.
public struct TableRow: Sendable {
    /// What the row is.
    public enum Kind: Sendable {
        case unit, agency, total
    }

    /// A unit row, an agency row or the total.
    public var kind: Kind
    /// The unit's code (the area's for the total).
    public var unitCode: String
    /// One cell per column.
    public var cells: [Cell]

    /// Creates a row.
    public init(kind: Kind, unitCode: String, cells: [Cell]) {
        self.kind = kind
        self.unitCode = unitCode
        self.cells = cells
    }
}

/// One cell.
public enum Cell: Sendable, Hashable {
    /// Text as is.
    case text(String)
    /// A number shown with `decimals` digits after the mark, rounded half up; nil is unknown ("-").
    /// Held in integers (`ExactNumber`), so that every writer formats it without reading a `Decimal`.
    case number(ExactNumber?, decimals: Int)
}
