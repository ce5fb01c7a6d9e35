import BHXHCore
import Spreadsheet
import VietnameseFormat

/// One table of a document as its sheet: the title lines merged across the table, the two
/// heading rows merged as on the page (a group's title over its columns, a lone column's
/// heading over both rows), then the rows — figures as numbers, percentages and gaps as
/// formulas of their row, the total as sums of the rows above — each formula stored with our
/// figure; an unknown figure is the text "-" and a formula needing one is not written.
/// Panes are frozen below the headings and right of the names; every page repeats the headings.
struct TableSheet {
    let table: DocumentTable

    /// The sheet named `table.name`.
    var worksheet: Worksheet {
        let columns = table.table.columns
        var sheet = Worksheet(name: table.name)
        let width = max(columns.count, 1)
        for (index, line) in table.titleLines.enumerated() {
            sheet.set(SheetCell(.text(line), style: SheetStyles.title(line)), at: CellReference(row: index + 1, column: 1))
            if width > 1 { sheet.merges.append(CellRange(rows: (index + 1)...(index + 1), columns: 1...width)) }
        }
        let headingRow = table.titleLines.count + 1
        writeHeadings(into: &sheet, at: headingRow)
        let firstBody = headingRow + 2
        let bodyRows = table.table.rows.filter { $0.kind != .total }.count
        for (offset, row) in table.table.rows.enumerated() {
            let rowNumber = firstBody + offset
            let summed = row.kind == .total && bodyRows > 0 ? firstBody...(firstBody + bodyRows - 1) : nil
            for (position, column) in columns.enumerated() where position < row.cells.count {
                sheet.set(cell(row.cells[position], of: column, at: position, in: row, rowNumber: rowNumber, summing: summed),
                          at: CellReference(row: rowNumber, column: position + 1))
            }
        }
        let fit = SheetFit(table: table.table, titleLines: table.titleLines)
        sheet.columnWidths = fit.columnWidths
        for (row, height) in fit.rowHeights(headingRow: headingRow) { sheet.rowHeights[row] = height }
        sheet.frozenRows = headingRow + 1
        sheet.frozenColumns = min(2, columns.count)
        sheet.printTitleRows = headingRow...(headingRow + 1)
        sheet.page = SheetStyles.page
        return sheet
    }

    /// The two heading rows from `row`, every cell of a merged heading bordered.
    private func writeHeadings(into sheet: inout Worksheet, at row: Int) {
        var column = 1
        func heading(_ text: String, _ at: CellReference) {
            sheet.set(SheetCell(.text(text), style: SheetStyles.heading), at: at)
        }
        func border(_ at: CellReference) {
            sheet.set(SheetCell(.empty, style: SheetStyles.heading), at: at)
        }
        for group in table.table.groups where !group.columns.isEmpty {
            let last = column + group.columns.count - 1
            if let title = group.title {
                heading(title, CellReference(row: row, column: column))
                for extra in stride(from: column + 1, through: last, by: 1) { border(CellReference(row: row, column: extra)) }
                if last > column { sheet.merges.append(CellRange(rows: row...row, columns: column...last)) }
                for (offset, item) in group.columns.enumerated() { heading(item.title, CellReference(row: row + 1, column: column + offset)) }
            } else {
                for (offset, item) in group.columns.enumerated() {
                    heading(item.title, CellReference(row: row, column: column + offset))
                    border(CellReference(row: row + 1, column: column + offset))
                    sheet.merges.append(CellRange(rows: row...(row + 1), columns: (column + offset)...(column + offset)))
                }
            }
            column = last + 1
        }
    }

    /// The sheet cell of `cell`: text; a number; its column's formula when every operand is
    /// known; on the total row, the sum of the rows above for a count.
    private func cell(_ cell: Cell, of column: Column, at position: Int, in row: TableRow, rowNumber: Int,
                      summing rows: ClosedRange<Int>?) -> SheetCell {
        guard case .number(let value, let decimals) = cell else {
            if case .text(let text) = cell { return SheetCell(.text(text), style: SheetStyles.body(.text, decimals: 0, position: position, row: row.kind)) }
            return SheetCell(.empty)
        }
        let style = SheetStyles.body(column.kind == .text ? .count : column.kind, decimals: decimals, position: position, row: row.kind)
        guard let value, let number = DecimalText(NumberStyle.plain.format(value, decimals: decimals)) else {
            return SheetCell(.text("-"), style: style)
        }
        if let formula = column.formula, formula.operands.allSatisfy({ Self.isKnown(row, $0) }) {
            return SheetCell(.formula(CellFormulas.text(formula, row: rowNumber, decimals: decimals), cached: .number(number)), style: style)
        }
        if let rows, column.kind == .count, column.formula == nil {
            return SheetCell(.formula(CellFormulas.sum(column: position, rows: rows), cached: .number(number)), style: style)
        }
        return SheetCell(.number(number), style: style)
    }

    /// True when the row's cell at `position` is a known number.
    private static func isKnown(_ row: TableRow, _ position: Int) -> Bool {
        guard position < row.cells.count, case .number(.some, _) = row.cells[position] else { return false }
        return true
    }
}
