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

    private func writeData(to xml: inout XMLWriter, strings: inout SharedStrings, styles: inout StyleSheet) {
        xml.open("sheetData")
        for (rowIndex, row) in sheet.rows.enumerated() {
            let number = String(rowIndex + 1)
            xml.raw("<row r=\"")
            xml.raw(number)
            if let height = sheet.rowHeights[rowIndex + 1] {
                xml.raw("\" ht=\"")
                xml.raw(Self.tenths(height))
                xml.raw("\" customHeight=\"1")
            }
            xml.raw("\">")
            for (columnIndex, cell) in row.enumerated() {
                let style = cell.style.map { styles.index(of: $0) } ?? 0
                if case .empty = cell.value, style == 0 { continue }
                xml.raw("<c r=\"")
                xml.raw(CellReference.columnName(columnIndex + 1))
                xml.raw(number)
                if style != 0 {
                    xml.raw("\" s=\"")
                    xml.raw(String(style))
                }
                writeValue(cell.value, to: &xml, strings: &strings)
            }
            xml.raw("</row>")
        }
        xml.close("sheetData")
    }

    /// The rest of `<c …` from the closing quote of its last attribute, and `</c>`.
    private func writeValue(_ value: CellValue, to xml: inout XMLWriter, strings: inout SharedStrings) {
        switch value {
        case .empty:
            xml.raw("\"/>")
        case .text(let text):
            xml.raw("\" t=\"s\"><v>")
            xml.raw(String(strings.index(of: text)))
            xml.raw("</v></c>")
        case .number(let number):
            xml.raw("\"><v>")
            xml.raw(number.text)
            xml.raw("</v></c>")
        case .formula(let formula, let cached):
            if case .text = cached { xml.raw("\" t=\"str") }
            xml.raw("\"><f>")
            xml.text(formula)
            xml.raw("</f><v>")
            switch cached {
            case .number(let number): xml.raw(number.text)
            case .text(let text): xml.text(text)
            }
            xml.raw("</v></c>")
        }
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
