/// A cell's place on a sheet, counted from 1: row 1, column 1 is "A1".
public struct CellReference: Hashable, Sendable {
    /// The row, from 1.
    public var row: Int
    /// The column, from 1 ("A").
    public var column: Int

    /// The cell at `row`, `column` (both from 1).
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// "B7".
    public var a1: String { Self.columnName(column) + String(row) }

    /// "A" for 1, "Z" for 26, "AA" for 27.
    public static func columnName(_ column: Int) -> String {
        var letters: [UInt8] = []
        var rest = max(column, 1)
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters.append(UInt8(ascii: "A") + UInt8(digit))
            rest = (rest - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }
}

/// A rectangle of cells, its corners included ("A1:C3").
public struct CellRange: Hashable, Sendable {
    /// The top left cell.
    public var first: CellReference
    /// The bottom right cell.
    public var last: CellReference

    /// The cells from `first` (top left) to `last` (bottom right).
    public init(_ first: CellReference, _ last: CellReference) {
        self.first = first
        self.last = last
    }

    /// The cells of rows `rows` and columns `columns`.
    public init(rows: ClosedRange<Int>, columns: ClosedRange<Int>) {
        self.init(CellReference(row: rows.lowerBound, column: columns.lowerBound),
                  CellReference(row: rows.upperBound, column: columns.upperBound))
    }

    /// "A1:C3".
    public var a1: String { first.a1 + ":" + last.a1 }

    /// True when the two ranges share a cell.
    public func overlaps(_ other: CellRange) -> Bool {
        first.row <= other.last.row && other.first.row <= last.row
            && first.column <= other.last.column && other.first.column <= last.column
    }
}
