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

    /// `<sheetData>`, built as bytes: sheets of a million cells make every step count.
    private func writeData(to xml: inout XMLWriter, strings: inout SharedStrings, styles: inout StyleSheet) {
        let formats = sheet.styles.map { styles.index(of: $0) }
        let formatDigits = formats.map(Self.digits)
        let width = sheet.rows.map(\.count).max() ?? 0
        // `<c r="A` for each column: the cell's start up to its row number.
        let starts = (0..<width).map { Self.cellStart + Array(CellReference.columnName($0 + 1).utf8) }
        // The last text of each column and its index: a column often repeats its text row after row.
        var recent = [(String, Int)?](repeating: nil, count: width)
        let cells = sheet.rows.reduce(0) { $0 + $1.count }
        xml.appendingBytes(expected: cells * 36 + sheet.rows.count * 24 + 32) { data in
            data.append(contentsOf: Array("<sheetData>".utf8))
            for (rowIndex, row) in sheet.rows.enumerated() {
                let number = Self.digits(rowIndex + 1)
                Self.put("<row r=\"", to: &data)
                data.append(contentsOf: number)
                if let height = sheet.rowHeights[rowIndex + 1] {
                    data.append(contentsOf: Array("\" ht=\"\(Self.tenths(height))\" customHeight=\"1".utf8))
                }
                Self.put("\">", to: &data)
                for (columnIndex, cell) in row.enumerated() {
                    let style = cell.style.map(\.index) ?? -1
                    let format = style >= 0 && style < formats.count ? formats[style] : 0
                    if case .empty = cell.value, format == 0 { continue }
                    starts[columnIndex].withUnsafeBufferPointer { data.append(contentsOf: $0) }
                    number.withUnsafeBufferPointer { data.append(contentsOf: $0) }
                    if format != 0 {
                        Self.put("\" s=\"", to: &data)
                        formatDigits[style].withUnsafeBufferPointer { data.append(contentsOf: $0) }
                    }
                    switch cell.value {
                    case .empty:
                        Self.put("\"/>", to: &data)
                    case .text(let text):
                        let index: Int
                        if let (last, lastIndex) = recent[columnIndex], last == text {
                            index = lastIndex
                            strings.reuse()
                        } else {
                            index = strings.index(of: text)
                            recent[columnIndex] = (text, index)
                        }
                        Self.put("\" t=\"s\"><v>", to: &data)
                        Self.appendDigits(index, to: &data)
                        Self.put("</v></c>", to: &data)
                    case .number(let value):
                        Self.put("\"><v>", to: &data)
                        data.append(contentsOf: value.text.utf8)
                        Self.put("</v></c>", to: &data)
                    case .formula(let formula, let cached):
                        if case .text = cached { Self.put("\" t=\"str", to: &data) }
                        Self.put("\"><f>", to: &data)
                        Self.appendText(formula, to: &data)
                        Self.put("</f><v>", to: &data)
                        switch cached {
                        case .number(let value): data.append(contentsOf: value.text.utf8)
                        case .text(let text): Self.appendText(text, to: &data)
                        }
                        Self.put("</v></c>", to: &data)
                    }
                }
                Self.put("</row>", to: &data)
            }
            data.append(contentsOf: Array("</sheetData>".utf8))
        }
    }

    private static let cellStart = Array("<c r=\"".utf8)

    /// Appends fixed markup without counting references to it.
    @inline(__always)
    private static func put(_ markup: StaticString, to data: inout [UInt8]) {
        markup.withUTF8Buffer { data.append(contentsOf: $0) }
    }

    /// Appends `text` escaped; plain printable ASCII, as formulas are, goes in without a copy.
    private static func appendText(_ text: String, to data: inout [UInt8]) {
        let plain = text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "&") && $0 != UInt8(ascii: "<") && $0 != UInt8(ascii: ">") }
        if plain { data.append(contentsOf: text.utf8) } else { XMLEscaping.append(text, to: &data, quotes: false) }
    }

    /// The decimal digits of `value` (≥ 0).
    static func digits(_ value: Int) -> [UInt8] {
        var digits: [UInt8] = []
        appendDigits(value, to: &digits)
        return digits
    }

    /// Appends the decimal digits of `value` (≥ 0) without making an array of them.
    static func appendDigits(_ value: Int, to data: inout [UInt8]) {
        let value = max(value, 0)
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            data.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
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
