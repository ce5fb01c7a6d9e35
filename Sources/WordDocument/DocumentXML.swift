import OfficePackage

/// Writes `word/document.xml`: the body's blocks section by section. Each section but the last
/// ends with a paragraph carrying its `w:sectPr`; the last one's `w:sectPr` closes the body.
struct DocumentXML {
    /// The relationship ids of the page-number header and of the empty first-page header.
    var numberedHeader: String?
    var emptyHeader: String?
    /// The `w:numId` of each of the document's lists.
    var numberIDs: [Int]

    func bytes(_ sections: [WordSection]) -> [UInt8] {
        var xml = XMLWriter()
        // About what a table cell takes (the bulk of a long document), so its bytes are not copied as they grow.
        let cells = sections.reduce(0) { total, section in
            section.blocks.reduce(total) { total, block in
                guard case .table(let table) = block else { return total }
                return table.rows.reduce(total) { $0 + $1.cells.count }
            }
        }
        xml.reserveCapacity(110 * cells + 65_536)
        xml.open("w:document", WordNamespace.attributes)
        xml.open("w:body")
        for (index, section) in sections.enumerated() {
            let isLast = index == sections.count - 1
            var blocks = section.blocks
            // A section that is not the last ends on a paragraph holding its properties.
            var closing: WordParagraph?
            if !isLast {
                if case .paragraph(let paragraph)? = blocks.last {
                    closing = paragraph
                    blocks.removeLast()
                } else {
                    closing = WordParagraph()
                }
            }
            for block in blocks { write(block, into: &xml) }
            if let closing {
                FormatXML.paragraph(closing, numberIDs: numberIDs, into: &xml) { sectionProperties(section, into: &$0) }
            } else {
                sectionProperties(section, into: &xml)
            }
        }
        xml.close("w:body")
        xml.close("w:document")
        return xml.bytes
    }

    private func write(_ block: WordBlock, into xml: inout XMLWriter) {
        switch block {
        case .paragraph(let paragraph): FormatXML.paragraph(paragraph, numberIDs: numberIDs, into: &xml)
        case .table(let table): TableXML.table(table, numberIDs: numberIDs, into: &xml)
        }
    }

    /// `w:sectPr`: headerReference (default, first), pgSz, pgMar, pgNumType, cols, titlePg.
    private func sectionProperties(_ section: WordSection, into xml: inout XMLWriter) {
        xml.open("w:sectPr")
        if section.pageNumbers != .none, let numberedHeader {
            xml.empty("w:headerReference", [("w:type", "default"), ("r:id", numberedHeader)])
            if section.pageNumbers == .fromSecondPage, let emptyHeader {
                xml.empty("w:headerReference", [("w:type", "first"), ("r:id", emptyHeader)])
            }
        } else if let emptyHeader {
            xml.empty("w:headerReference", [("w:type", "default"), ("r:id", emptyHeader)])
        }
        let size = section.pageSize
        var pageSize = [("w:w", String(size.width)), ("w:h", String(size.height))]
        if section.orientation == .landscape { pageSize.append(("w:orient", "landscape")) }
        xml.empty("w:pgSz", pageSize)
        let margins = section.margins
        xml.empty("w:pgMar", [("w:top", String(margins.top)), ("w:right", String(margins.right)),
                              ("w:bottom", String(margins.bottom)), ("w:left", String(margins.left)),
                              ("w:header", String(margins.header)), ("w:footer", String(margins.header)),
                              ("w:gutter", "0")])
        if section.restartsPageNumbers { xml.empty("w:pgNumType", [("w:start", "1")]) }
        xml.empty("w:cols", [("w:space", "720")])
        if section.pageNumbers == .fromSecondPage { xml.empty("w:titlePg") }
        xml.close("w:sectPr")
    }
}
