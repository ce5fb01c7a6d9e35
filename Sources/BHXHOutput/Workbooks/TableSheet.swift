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
        let rowCount = table.titleLines.count + 2 + table.table.rows.count
        sheet.reserveCapacity(cells: rowCount * columns.count, rows: rowCount)
        for (index, line) in table.titleLines.enumerated() {
            sheet.set(SheetCell(.text(line), style: sheet.style(SheetStyles.title(line))), at: CellReference(row: index + 1, column: 1))
            if width > 1 { sheet.merges.append(CellRange(rows: (index + 1)...(index + 1), columns: 1...width)) }
        }
        let headingRow = table.titleLines.count + 1
        writeHeadings(into: &sheet, at: headingRow)
        let firstBody = headingRow + 2
        let bodyRows = table.table.rows.filter { $0.kind != .total }.count
        var styles = BodyStyles()
        var lengths = [Int](repeating: 0, count: columns.count)
        let numbers = NumberStyle.plain
        for (offset, row) in table.table.rows.enumerated() {
            let rowNumber = firstBody + offset
            let summed = row.kind == .total && bodyRows > 0 ? firstBody...(firstBody + bodyRows - 1) : nil
            var cells: [SheetCell] = []
            cells.reserveCapacity(columns.count)
            for (position, column) in columns.enumerated() where position < row.cells.count {
                let (cell, length) = self.cell(row.cells[position], of: column, at: position, in: row, summing: summed,
                                               numbers: numbers, styles: &styles, sheet: &sheet)
                cells.append(cell)
                lengths[position] = max(lengths[position], length)
            }
            sheet.setRow(rowNumber, cells)
        }
        let fit = SheetFit(table: table.table, titleLines: table.titleLines, bodyLengths: lengths)
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
        let style = sheet.style(SheetStyles.heading)
        func heading(_ text: String, _ at: CellReference) {
            sheet.set(SheetCell(.text(text), style: style), at: at)
        }
        func border(_ at: CellReference) {
            sheet.set(SheetCell(.empty, style: style), at: at)
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

    /// The sheet cell of `cell`, and how many characters it shows: text; a number; its column's
    /// formula when every operand is known; on the total row, the sum of the rows above for a count.
    private func cell(_ cell: Cell, of column: Column, at position: Int, in row: TableRow,
                      summing rows: ClosedRange<Int>?, numbers: NumberStyle, styles: inout BodyStyles,
                      sheet: inout Worksheet) -> (SheetCell, Int) {
        guard case .number(let value, let decimals) = cell else {
            guard case .text(let text) = cell else { return (SheetCell(.empty), 0) }
            return (SheetCell(.text(text), style: styles.id(.text, decimals: 0, position: position, row: row.kind, in: &sheet)),
                    text.unicodeScalars.count)
        }
        let style = styles.id(column.kind == .text ? .count : column.kind, decimals: decimals, position: position, row: row.kind, in: &sheet)
        guard let value else { return (SheetCell(.text("-"), style: style), 1) }
        let plain = numbers.format(value, decimals: decimals)
        guard let number = DecimalText(plain) else { return (SheetCell(.text(plain), style: style), plain.count) }
        let shown = SheetFit.groupedLength(plain)
        if let formula = column.formula, Self.isKnown(row, formula.operands.0), Self.isKnown(row, formula.operands.1) {
            let id = styles.formula(formula, decimals: decimals, position: position, in: &sheet)
            return (SheetCell(.rowFormula(id, cached: .number(number)), style: style), shown)
        }
        if let rows, column.kind == .count, column.formula == nil {
            return (SheetCell(.formula(CellFormulas.sum(column: position, rows: rows), cached: .number(number)), style: style), shown)
        }
        return (SheetCell(.number(number), style: style), shown)
    }

    /// True when the row's cell at `position` is a known number.
    private static func isKnown(_ row: TableRow, _ position: Int) -> Bool {
        guard position < row.cells.count, case .number(.some, _) = row.cells[position] else { return false }
        return true
    }
}

/// The body styles of a sheet, registered once each, by column kind, decimals, position (TT is
/// centred) and row kind (agency italic, total bold); and each column's row formula.
struct BodyStyles {
    private struct Key: Hashable {
        let kind: Column.Kind
        let decimals: Int
        let first: Bool
        let row: TableRow.Kind
    }

    private var ids: [Key: CellStyleID] = [:]
    /// The last style of each row kind and position, with its kind and decimals: a column keeps them.
    private var recent: [(Column.Kind, Int, CellStyleID)?] = []
    /// Each position's formula and the decimals it was made with.
    private var formulas: [(Int, SheetFormula)?] = []

    /// The id of the style of a body cell.
    mutating func id(_ kind: Column.Kind, decimals: Int, position: Int, row: TableRow.Kind, in sheet: inout Worksheet) -> CellStyleID {
        let slot = position * 3 + (row == .unit ? 0 : row == .agency ? 1 : 2)
        if slot >= recent.count { recent += Array(repeating: nil, count: slot + 1 - recent.count) }
        if let (lastKind, lastDecimals, id) = recent[slot], lastKind == kind, lastDecimals == decimals { return id }
        let key = Key(kind: kind, decimals: decimals, first: position == 0, row: row)
        let id = ids[key] ?? sheet.style(SheetStyles.body(kind, decimals: decimals, position: position, row: row))
        ids[key] = id
        recent[slot] = (kind, decimals, id)
        return id
    }

    /// The formula of the column at `position` on its cell's row (`CellFormulas.pieces`),
    /// registered with the sheet.
    mutating func formula(_ formula: ColumnFormula<Int>, decimals: Int, position: Int, in sheet: inout Worksheet) -> SheetFormula {
        if position >= formulas.count { formulas += Array(repeating: nil, count: position + 1 - formulas.count) }
        if let (lastDecimals, id) = formulas[position], lastDecimals == decimals { return id }
        let id = sheet.formula(RowFormula(pieces: CellFormulas.pieces(formula, decimals: decimals)))
        formulas[position] = (decimals, id)
        return id
    }
}
