import OfficePackage

/// Writes a table (`w:tbl`) in the schema's order: tblPr (tblW, jc, tblBorders, tblLayout,
/// tblCellMar, tblLook), tblGrid, then rows with trPr (cantSplit, tblHeader) and cells with tcPr
/// (tcW, gridSpan, vMerge, vAlign).
enum TableXML {
    static func table(_ table: WordTable, numberIDs: [Int], into xml: inout XMLWriter) {
        xml.open("w:tbl")
        xml.open("w:tblPr")
        xml.empty("w:tblW", [("w:w", String(table.columnWidths.reduce(0, +))), ("w:type", "dxa")])
        xml.empty("w:jc", [("w:val", table.alignment.rawValue)])
        xml.open("w:tblBorders")
        for edge in ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"] {
            xml.empty(edge, table.hasBorders
                ? [("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "auto")]
                : [("w:val", "nil")])
        }
        xml.close("w:tblBorders")
        xml.empty("w:tblLayout", [("w:type", "fixed")])
        xml.open("w:tblCellMar")
        xml.empty("w:left", [("w:w", String(table.cellPadding)), ("w:type", "dxa")])
        xml.empty("w:right", [("w:w", String(table.cellPadding)), ("w:type", "dxa")])
        xml.close("w:tblCellMar")
        xml.empty("w:tblLook", [("w:val", "0000")])
        xml.close("w:tblPr")
        xml.open("w:tblGrid")
        for width in table.columnWidths { xml.empty("w:gridCol", [("w:w", String(width))]) }
        xml.close("w:tblGrid")
        for (index, row) in table.rows.enumerated() {
            self.row(row, widths: table.columnWidths, withWidths: index == 0 || row.isHeader, numberIDs: numberIDs, into: &xml)
        }
        xml.close("w:tbl")
    }

    /// A row; its cells' widths (`w:tcW`) only `withWidths` (the first row and heading rows,
    /// which Word's fixed layout reads; the others follow the grid), so that long tables stay small.
    private static func row(_ row: WordTableRow, widths: [Int], withWidths: Bool, numberIDs: [Int], into xml: inout XMLWriter) {
        xml.raw("<w:tr>" as StaticString)
        if row.keepTogether || row.isHeader {
            xml.raw("<w:trPr>" as StaticString)
            if row.keepTogether { xml.raw("<w:cantSplit/>" as StaticString) }
            if row.isHeader { xml.raw("<w:tblHeader/>" as StaticString) }
            xml.raw("</w:trPr>" as StaticString)
        }
        var column = 0
        // The last style seen to be a plain name: a table's cells take a few styles, row after row.
        var plainStyle: String?
        for cell in row.cells {
            let start = column
            column += cell.columnSpan
            xml.raw("<w:tc>" as StaticString)
            if withWidths || cell.columnSpan > 1 || cell.verticalMerge != nil || cell.verticalAlignment != nil {
                xml.open("w:tcPr")
                if withWidths {
                    let end = min(widths.count, column)
                    let width = start < end ? widths[start..<end].reduce(0, +) : 0
                    xml.empty("w:tcW", [("w:w", String(width)), ("w:type", "dxa")])
                }
                if cell.columnSpan > 1 { xml.empty("w:gridSpan", [("w:val", String(cell.columnSpan))]) }
                if let merge = cell.verticalMerge { xml.empty("w:vMerge", [("w:val", merge.rawValue)]) }
                if let alignment = cell.verticalAlignment { xml.empty("w:vAlign", [("w:val", alignment.rawValue)]) }
                xml.close("w:tcPr")
            }
            switch cell.content {
            case .text(let style, let format, let text):
                FormatXML.textParagraph(style: style, format: format, text: text, plainStyle: &plainStyle, into: &xml)
            case .paragraphs(let paragraphs):
                for paragraph in paragraphs.isEmpty ? [WordParagraph()] : paragraphs {
                    FormatXML.paragraph(paragraph, numberIDs: numberIDs, into: &xml)
                }
            }
            xml.raw("</w:tc>" as StaticString)
        }
        xml.raw("</w:tr>" as StaticString)
    }
}
