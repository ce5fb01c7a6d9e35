import BHXHCore
import Spreadsheet

/// The spreadsheet formula of a cell whose column follows from others (`ColumnFormula`), with
/// its operands' cells on the same row: `ROUND(F7/E7*100,2)`, `ROUND((H7/C7-1)*100,3)`, `D7-C7`.
enum CellFormulas {
    /// The formula text of `formula` on `row` (1-based), rounded to `decimals`.
    static func text(_ formula: ColumnFormula<Int>, row: Int, decimals: Int) -> String {
        let cell = { (position: Int) in CellReference(row: row, column: position + 1).a1 }
        switch formula {
        case .percent(let part, let whole):
            return "ROUND(\(cell(part))/\(cell(whole))*100,\(decimals))"
        case .growth(let current, let previous, .increase):
            return "ROUND((\(cell(current))/\(cell(previous))-1)*100,\(decimals))"
        case .growth(let current, let previous, .index):
            return "ROUND(\(cell(current))/\(cell(previous))*100,\(decimals))"
        case .difference(let minuend, let subtrahend):
            return "\(cell(minuend))-\(cell(subtrahend))"
        }
    }

    /// `SUM(C6:C14)`: the rows `rows` of column `position` (from 0).
    static func sum(column position: Int, rows: ClosedRange<Int>) -> String {
        "SUM(\(CellRange(rows: rows, columns: (position + 1)...(position + 1)).a1))"
    }
}
