/// One sheet of a workbook: its cells, merged areas, column widths, row heights, frozen panes and
/// print setup.
public struct Worksheet: Sendable {
    /// The tab's name: 1 to 31 characters, none of `[ ] : * ? / \`, not starting or ending with
    /// "'" (`Workbook.problems` reports a name that breaks these rules).
    public var name: String
    /// The cells, row after row from row 1, each row from column A, in one array: a sheet of half
    /// a million rows is then one allocation, not one a row. Read them with `row(_:)`.
    private(set) var cells: [SheetCell] = []
    /// Where each row's cells start in `cells` (the last row's run to the end).
    private var rowStarts: [Int] = []
    /// The most cells a row has.
    public private(set) var width = 0
    /// The styles its cells use, each once (see `style(_:)`).
    public private(set) var styles: [CellStyle] = []
    private var styleIndexes: [CellStyle: Int] = [:]
    /// The texts of its `sheetText` cells, each once (see `text(_:)`).
    public private(set) var texts: [String] = []
    private var textIndexes: [String: Int] = [:]
    /// The formulas of its `rowFormula` cells, each once (see `formula(_:)`).
    public private(set) var formulas: [RowFormula] = []
    private var formulaIndexes: [RowFormula: Int] = [:]
    /// True once a cell was set referring to a text or formula the sheet did not hold then.
    private var refersOutside = false
    /// Merged areas, each shown as its top left cell.
    public var merges: [CellRange] = []
    /// Column widths in tenths of a character of the default font, from column A; 0 or missing
    /// leaves a column at the default width.
    public var columnWidths: [Int] = []
    /// Row heights in tenths of a point by row number; rows not listed fit their contents.
    public var rowHeights: [Int: Int] = [:]
    /// Rows and columns kept in view while scrolling (0 for none).
    public var frozenRows = 0
    public var frozenColumns = 0
    /// How the sheet prints.
    public var page = PageSetup()
    /// The rows printed again at the top of every page (Excel's "Print titles").
    public var printTitleRows: ClosedRange<Int>?

    /// An empty sheet named `name`.
    public init(name: String) {
        self.name = name
    }

    /// The id of `style` for this sheet's cells, registered when new.
    public mutating func style(_ style: CellStyle) -> CellStyleID {
        if let index = styleIndexes[style] { return CellStyleID(index: index) }
        styleIndexes[style] = styles.count
        styles.append(style)
        return CellStyleID(index: styles.count - 1)
    }

    /// The id of `text` for this sheet's `sheetText` cells, registered when new.
    public mutating func text(_ text: String) -> SheetText {
        if let index = textIndexes[text] { return SheetText(index: index) }
        textIndexes[text] = texts.count
        texts.append(text)
        return SheetText(index: texts.count - 1)
    }

    /// The id of `formula` for this sheet's `rowFormula` cells, registered when new.
    public mutating func formula(_ formula: RowFormula) -> SheetFormula {
        if let index = formulaIndexes[formula] { return SheetFormula(index: index) }
        formulaIndexes[formula] = formulas.count
        formulas.append(formula)
        return SheetFormula(index: formulas.count - 1)
    }

    /// The style of the cell at `reference`, nil for the default.
    public func style(at reference: CellReference) -> CellStyle? {
        cell(at: reference).style.flatMap { $0.index < styles.count ? styles[$0.index] : nil }
    }

    /// The number of rows, up to the last one set.
    public var rowCount: Int { rowStarts.count }

    /// The cells of row `row` (from 1) from column A; none beyond the last row.
    public func row(_ row: Int) -> ArraySlice<SheetCell> {
        guard row >= 1, row <= rowCount else { return [] }
        return cells[range(ofRow: row - 1)]
    }

    /// Where the cells of the row at `index` (from 0) are in `cells`.
    func range(ofRow index: Int) -> Range<Int> {
        rowStarts[index]..<(index + 1 < rowStarts.count ? rowStarts[index + 1] : cells.count)
    }

    /// Makes room for `cells` cells in `rows` rows in all, so that a large sheet filled row by
    /// row is not copied as it grows.
    public mutating func reserveCapacity(cells: Int, rows: Int) {
        self.cells.reserveCapacity(cells)
        rowStarts.reserveCapacity(rows)
    }

    /// Puts `cells` in row `row` (from 1) from column A, replacing the row. Rows set one after
    /// the other from the top are the quick way to fill a sheet; an earlier row set again moves
    /// every cell after it.
    public mutating func setRow(_ row: Int, _ cells: [SheetCell]) {
        guard row >= 1 else { return }
        addRows(upTo: row - 1)
        if row == rowCount + 1 {
            rowStarts.append(self.cells.count)
            self.cells.append(contentsOf: cells)
        } else {
            replace(row: row, with: cells)
        }
        width = max(width, cells.count)
        for cell in cells where !holds(cell) { refersOutside = true }
    }

    /// Starts row `rowCount + 1`, empty, for `append(_:)` to fill: a long sheet filled cell by
    /// cell, without an array a row.
    public mutating func startRow() {
        rowStarts.append(cells.count)
    }

    /// Puts `cell` after the last cell of the last row (row 1 when there is none).
    public mutating func append(_ cell: consuming SheetCell) {
        if rowCount == 0 { startRow() }
        if !holds(cell) { refersOutside = true }
        cells.append(cell)
        width = max(width, cells.count - rowStarts[rowStarts.count - 1])
    }

    /// False for a `sheetText` or `rowFormula` cell whose id is not (yet) the sheet's.
    @inline(__always)
    private func holds(_ cell: borrowing SheetCell) -> Bool {
        switch cell.value {
        case .sheetText(let text): text.index < texts.count
        case .rowFormula(let formula, _): formula.index < formulas.count
        default: true
        }
    }

    /// Puts `cell` at `reference` (row and column from 1), replacing what was there.
    public mutating func set(_ cell: SheetCell, at reference: CellReference) {
        guard reference.row >= 1, reference.column >= 1 else { return }
        addRows(upTo: reference.row)
        let range = range(ofRow: reference.row - 1)
        let start = range.lowerBound, length = range.count
        if reference.column <= length {
            cells[start + reference.column - 1] = cell
        } else {
            let grown = Array(cells[start..<(start + length)])
                + repeatElement(SheetCell(.empty), count: reference.column - 1 - length) + [cell]
            replace(row: reference.row, with: grown)
        }
        width = max(width, reference.column)
        if !holds(cell) { refersOutside = true }
    }

    /// Adds empty rows until there are `row`.
    private mutating func addRows(upTo row: Int) {
        while rowCount < row { rowStarts.append(cells.count) }
    }

    /// Replaces the cells of row `row` (one of the rows there are), moving the rows after it.
    private mutating func replace(row: Int, with newCells: [SheetCell]) {
        let range = range(ofRow: row - 1)
        cells.replaceSubrange(range, with: newCells)
        let shift = newCells.count - range.count
        guard shift != 0 else { return }
        for index in row..<rowStarts.count { rowStarts[index] += shift }
    }

    /// The cell at `reference`, empty when none was set.
    public func cell(at reference: CellReference) -> SheetCell {
        let cells = row(reference.row)
        guard reference.column >= 1, reference.column <= cells.count else { return SheetCell(.empty) }
        return cells[cells.startIndex + reference.column - 1]
    }

    /// The area holding every cell set, "A1:A1" for an empty sheet.
    public var dimension: CellRange {
        CellRange(CellReference(row: 1, column: 1),
                  CellReference(row: max(rowCount, 1), column: max(width, 1)))
    }

    /// Why Excel would refuse the sheet, if it would: a bad name, overlapping merged areas.
    var problems: [String] {
        var problems: [String] = []
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        if name.isEmpty || name.count > 31 {
            problems.append("sheet name \"\(name)\" must have 1 to 31 characters")
        }
        if let bad = name.first(where: { forbidden.contains($0) }) {
            problems.append("sheet name \"\(name)\" may not contain \"\(bad)\"")
        }
        if name.hasPrefix("'") || name.hasSuffix("'") {
            problems.append("sheet name \"\(name)\" may not start or end with an apostrophe")
        }
        if refersOutside {
            problems.append("sheet \"\(name)\": a cell refers to a text or formula the sheet did not hold when it was set")
        }
        for (index, merge) in merges.enumerated() {
            if let other = merges[..<index].first(where: { $0.overlaps(merge) }) {
                problems.append("sheet \"\(name)\": merged areas \(other.a1) and \(merge.a1) overlap")
            }
        }
        return problems
    }

    /// The sheet's name as a formula or defined name refers to it: `'Phụ lục 1'`.
    var quotedName: String { "'" + name.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'" }
}
