import OfficePackage

/// Writes one worksheet part (`xl/worksheets/sheetN.xml`), its elements in the order of the
/// schema (ECMA-376 Part 1, §18.3.1.99): sheetPr, dimension, sheetViews, sheetFormatPr, cols,
/// sheetData, mergeCells, printOptions, pageMargins, pageSetup, headerFooter.
struct WorksheetXML {
    let sheet: Worksheet
    /// True for the sheet shown when the workbook opens.
    let selected: Bool

    /// The part's XML; texts go into `strings`, styles into `styles`.
    func bytes(strings: inout SharedStrings, styles: inout StyleSheet) -> [UInt8] {
        var xml = XMLWriter()
        xml.open("worksheet", [("xmlns", SpreadsheetNamespace.main), ("xmlns:r", SpreadsheetNamespace.relationships)])
        if sheet.page.fitToPage != nil {
            xml.raw(#"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#)
        }
        xml.empty("dimension", [("ref", sheet.dimension.a1)])
        writeViews(to: &xml)
        xml.raw(#"<sheetFormatPr defaultRowHeight="15.75"/>"#)
        writeColumns(to: &xml)
        writeData(to: &xml, strings: &strings, styles: &styles)
        if !sheet.merges.isEmpty {
            xml.open("mergeCells", [("count", String(sheet.merges.count))])
            for merge in sheet.merges { xml.empty("mergeCell", [("ref", merge.a1)]) }
            xml.close("mergeCells")
        }
        writePrint(to: &xml)
        xml.close("worksheet")
        return xml.bytes
    }

    private func writeViews(to xml: inout XMLWriter) {
        xml.open("sheetViews")
        xml.open("sheetView", (selected ? [("tabSelected", "1")] : []) + [("workbookViewId", "0")])
        let rows = sheet.frozenRows, columns = sheet.frozenColumns
        if rows > 0 || columns > 0 {
            var pane: [(String, String)] = []
            if columns > 0 { pane.append(("xSplit", String(columns))) }
            if rows > 0 { pane.append(("ySplit", String(rows))) }
            let active = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight"
            pane += [("topLeftCell", CellReference(row: rows + 1, column: columns + 1).a1), ("activePane", active), ("state", "frozen")]
            xml.empty("pane", pane)
            xml.empty("selection", [("pane", active)])
        }
        xml.close("sheetView")
        xml.close("sheetViews")
    }

    private func writeColumns(to xml: inout XMLWriter) {
        let widths = sheet.columnWidths.enumerated().filter { $0.element > 0 }
        guard !widths.isEmpty else { return }
        xml.open("cols")
        for (index, width) in widths {
            xml.empty("col", [("min", String(index + 1)), ("max", String(index + 1)),
                              ("width", Self.tenths(width)), ("customWidth", "1")])
        }
        xml.close("cols")
    }

    /// `<sheetData>`, piece by piece into the writer's bytes: sheets of a million cells make every
    /// step count.
    private func writeData(to xml: inout XMLWriter, strings: inout SharedStrings, styles: inout StyleSheet) {
        let formats = sheet.styles.map { styles.index(of: $0) }
        let formatDigits = formats.map(Self.digits)
        let width = sheet.width
        // `<c r="A` for each column: the cell's start up to its row number.
        let columnNames = (0..<width).map { Array(CellReference.columnName($0 + 1).utf8) }
        let starts = columnNames.map { Self.cellStart + $0 }
        // The last text of each column and its index: a column often repeats its text row after row.
        var recent = [(String, Int)?](repeating: nil, count: width)
        // The shared-string index of each of the sheet's own texts.
        let sheetTexts = sheet.texts.map { strings.index(of: $0, references: 0) }
        // Each row formula's pieces, escaped; the runs sharing one, and the run each column is in.
        let formulaPieces = sheet.formulas.map { formula in
            formula.pieces.map { piece -> [UInt8] in
                var bytes: [UInt8] = []
                XMLEscaping.append(piece, to: &bytes, quotes: false)
                return bytes
            }
        }
        let runEnds = sharedRuns()
        var runs = [(index: Int, formula: Int, last: Int)?](repeating: nil, count: width)
        var nextRun = 0
        let hasHeights = !sheet.rowHeights.isEmpty
        // About what a cell and a row take, so that a large sheet's bytes are not copied as they grow.
        xml.reserveCapacity(24 * sheet.cells.count + 16 * sheet.rowCount + 4096)
        xml.raw("<sheetData>" as StaticString)
        // Each cell read in place: a copy of it would retain and release its text.
        sheet.cells.withUnsafeBufferPointer { allCells in
        for rowIndex in 0..<sheet.rowCount {
            xml.raw("<row r=\"" as StaticString)
            xml.digits(rowIndex + 1)
            if hasHeights, let height = sheet.rowHeights[rowIndex + 1] {
                xml.raw("\" ht=\"" as StaticString)
                xml.raw(Self.tenths(height))
                xml.raw("\" customHeight=\"1" as StaticString)
            }
            xml.raw("\">" as StaticString)
            // A cell right after the one before it (or in column A) needs no reference: readers
            // count the cells of a row (ECMA-376 Part 1, §18.3.1.4, `r` is optional). Without a
            // reference that changes from row to row, rows repeat each other and compress to
            // a fraction.
            var nextColumn = 0
            let cells = UnsafeBufferPointer(rebasing: allCells[sheet.range(ofRow: rowIndex)])
            for columnIndex in cells.indices {
                let style = cells[columnIndex].style?.index ?? -1
                let format = style >= 0 && style < formats.count ? formats[style] : 0
                if case .empty = cells[columnIndex].value, format == 0 { continue }
                // A shared formula's cells carry their reference: readers place the group by it.
                // `member`: the run this cell continues; `masterLast`: the last row of the run it starts.
                var member: Int?
                var masterLast: Int?
                if case .rowFormula(let formula, _) = cells[columnIndex].value {
                    if let run = runs[columnIndex], run.formula == formula.index, rowIndex <= run.last {
                        member = run.index
                    } else {
                        masterLast = runEnds[rowIndex * width + columnIndex]
                    }
                }
                if columnIndex == nextColumn && member == nil && masterLast == nil {
                    xml.raw("<c" as StaticString)
                } else {
                    xml.raw(starts[columnIndex])
                    xml.digits(rowIndex + 1)
                    xml.raw(UInt8(ascii: "\""))
                }
                nextColumn = columnIndex + 1
                if format != 0 {
                    xml.raw(" s=\"" as StaticString)
                    xml.raw(formatDigits[style])
                    xml.raw(UInt8(ascii: "\""))
                }
                switch cells[columnIndex].value {
                case .empty:
                    xml.raw("/>" as StaticString)
                case .text(let text):
                    let index: Int
                    if let (last, lastIndex) = recent[columnIndex], last == text {
                        index = lastIndex
                        strings.reuse()
                    } else {
                        index = strings.index(of: text)
                        recent[columnIndex] = (text, index)
                    }
                    xml.raw(" t=\"s\"><v>" as StaticString)
                    xml.digits(index)
                    xml.raw("</v></c>" as StaticString)
                case .sheetText(let text):
                    strings.reuse()
                    xml.raw(" t=\"s\"><v>" as StaticString)
                    xml.digits(text.index < sheetTexts.count ? sheetTexts[text.index] : 0)
                    xml.raw("</v></c>" as StaticString)
                case .number(let value):
                    xml.raw("><v>" as StaticString)
                    xml.raw(value.text)
                    xml.raw("</v></c>" as StaticString)
                case .formula(let formula, let cached):
                    if case .text = cached { xml.raw(" t=\"str\"" as StaticString) }
                    xml.raw("><f>" as StaticString)
                    xml.text(formula)
                    xml.raw("</f><v>" as StaticString)
                    Self.writeCached(cached, to: &xml)
                case .rowFormula(let formula, let cached):
                    if case .text = cached { xml.raw(" t=\"str\"" as StaticString) }
                    if let member {
                        xml.raw("><f t=\"shared\" si=\"" as StaticString)
                        xml.digits(member)
                        xml.raw("\"/><v>" as StaticString)
                    } else {
                        let pieces = formula.index < formulaPieces.count ? formulaPieces[formula.index] : []
                        if let last = masterLast {
                            runs[columnIndex] = (nextRun, formula.index, last)
                            xml.raw("><f t=\"shared\" ref=\"" as StaticString)
                            xml.raw(columnNames[columnIndex])
                            xml.digits(rowIndex + 1)
                            xml.raw(UInt8(ascii: ":"))
                            xml.raw(columnNames[columnIndex])
                            xml.digits(last + 1)
                            xml.raw("\" si=\"" as StaticString)
                            xml.digits(nextRun)
                            xml.raw("\">" as StaticString)
                            nextRun += 1
                        } else {
                            xml.raw("><f>" as StaticString)
                        }
                        for (index, piece) in pieces.enumerated() {
                            if index > 0 { xml.digits(rowIndex + 1) }
                            xml.raw(piece)
                        }
                        xml.raw("</f><v>" as StaticString)
                    }
                    Self.writeCached(cached, to: &xml)
                }
            }
            xml.raw("</row>" as StaticString)
        }
        }
        xml.raw("</sheetData>" as StaticString)
    }

    private static let cellStart = Array("<c r=\"".utf8)

    /// A formula's cached value and the end of its cell.
    @inline(__always)
    private static func writeCached(_ cached: FormulaResult, to xml: inout XMLWriter) {
        switch cached {
        case .number(let value): xml.raw(value.text)
        case .text(let text): xml.text(text)
        }
        xml.raw("</v></c>" as StaticString)
    }

    /// The runs of two or more cells of a column, one row after another, with the same row
    /// formula: the last row of each (from 0) by its first cell (`row × width + column`).
    private func sharedRuns() -> [Int: Int] {
        guard !sheet.formulas.isEmpty else { return [:] }
        let width = sheet.width
        var ends: [Int: Int] = [:]
        var open = [(formula: Int, first: Int, last: Int)?](repeating: nil, count: width)
        func close(_ column: Int) {
            if let run = open[column], run.last > run.first { ends[run.first * width + column] = run.last }
        }
        for rowIndex in 0..<sheet.rowCount {
            for (columnIndex, cell) in sheet.row(rowIndex + 1).enumerated() {
                guard case .rowFormula(let formula, _) = cell.value else { continue }
                if let run = open[columnIndex], run.formula == formula.index, run.last == rowIndex - 1 {
                    open[columnIndex]?.last = rowIndex
                } else {
                    close(columnIndex)
                    open[columnIndex] = (formula.index, rowIndex, rowIndex)
                }
            }
        }
        for column in 0..<width { close(column) }
        return ends
    }

    /// The decimal digits of `value` (≥ 0).
    static func digits(_ value: Int) -> [UInt8] {
        Array(String(value).utf8)
    }

    private func writePrint(to xml: inout XMLWriter) {
        let page = sheet.page
        if page.centredHorizontally { xml.empty("printOptions", [("horizontalCentered", "1")]) }
        let margins = page.margins
        xml.empty("pageMargins", [("left", PageMargins.inches(margins.left)), ("right", PageMargins.inches(margins.right)),
                                  ("top", PageMargins.inches(margins.top)), ("bottom", PageMargins.inches(margins.bottom)),
                                  ("header", PageMargins.inches(margins.header)), ("footer", PageMargins.inches(margins.footer))])
        var setup = [("paperSize", String(page.paperSize)), ("orientation", page.landscape ? "landscape" : "portrait")]
        if let fit = page.fitToPage {
            setup += [("fitToWidth", String(fit.width)), ("fitToHeight", String(fit.height))]
        }
        xml.empty("pageSetup", setup)
        guard !page.header.isEmpty || !page.footer.isEmpty else { return }
        xml.open("headerFooter")
        if !page.header.isEmpty { xml.element("oddHeader", text: page.header) }
        if !page.footer.isEmpty { xml.element("oddFooter", text: page.footer) }
        xml.close("headerFooter")
    }

    /// "12.5" for 125, "12" for 120.
    static func tenths(_ value: Int) -> String {
        value % 10 == 0 ? String(value / 10) : "\(value / 10).\(value % 10)"
    }
}
