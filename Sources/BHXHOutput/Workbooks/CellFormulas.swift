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

    /// The text of `formula` rounded to `decimals` cut at its row numbers: joined with a row's
    /// number between the pieces it is that row's formula (a table writes thousands of them).
    static func pieces(_ formula: ColumnFormula<Int>, decimals: Int) -> [String] {
        // Row 1 is the only row whose references end in "1" followed by a non-digit everywhere.
        let text = Self.text(formula, row: 1, decimals: decimals)
        var pieces: [String] = []
        var current = ""
        var previous: Character = " "
        for character in text {
            if character == "1", previous.isLetter {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        pieces.append(current)
        return pieces
    }

    /// `SUM(C6:C14)`: the rows `rows` of column `position` (from 0).
    static func sum(column position: Int, rows: ClosedRange<Int>) -> String {
        "SUM(\(CellRange(rows: rows, columns: (position + 1)...(position + 1)).a1))"
    }
}
