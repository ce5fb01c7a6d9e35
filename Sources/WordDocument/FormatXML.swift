import OfficePackage

/// Writes paragraph and run properties (`w:pPr`, `w:rPr`) with their children in the order the
/// schema gives (ECMA-376 Part 1, §17.3.1.26 and §17.3.2.28); Word refuses any other order.
enum FormatXML {
    /// `w:pPr`: pStyle, keepNext, pageBreakBefore, numPr, pBdr, spacing, ind, jc, outlineLvl, then `section`
    /// (a section's properties, for the paragraph that ends it). Nothing when all are unset.
    static func paragraphProperties(style: String?, _ format: WordParagraphFormat, list: WordListItem? = nil,
                                    numberID: Int? = nil, into xml: inout XMLWriter,
                                    section: ((inout XMLWriter) -> Void)? = nil) {
        let isEmpty = style == nil && format == WordParagraphFormat() && list == nil && section == nil
        if isEmpty { return }
        xml.open("w:pPr")
        if let style {
            // Style ids are nearly always ASCII letters and digits, written as they are.
            if isPlainName(style) {
                xml.raw("<w:pStyle w:val=\"")
                xml.raw(style)
                xml.raw("\"/>")
            } else {
                xml.empty("w:pStyle", [("w:val", style)])
            }
        }
        if let keep = format.keepWithNext { toggle("w:keepNext", keep, into: &xml) }
        if let pageBreak = format.pageBreakBefore { toggle("w:pageBreakBefore", pageBreak, into: &xml) }
        if let list, let numberID {
            xml.open("w:numPr")
            xml.empty("w:ilvl", [("w:val", String(list.level))])
            xml.empty("w:numId", [("w:val", String(numberID))])
            xml.close("w:numPr")
        }
        if let rule = format.rule {
            xml.open("w:pBdr")
            xml.empty("w:" + rule.rawValue, [("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "auto")])
            xml.close("w:pBdr")
        }
        spacing(format, into: &xml)
        indentation(format, into: &xml)
        if let alignment = format.alignment { xml.empty("w:jc", [("w:val", alignment.rawValue)]) }
        if let level = format.outlineLevel { xml.empty("w:outlineLvl", [("w:val", String(level))]) }
        section?(&xml)
        xml.close("w:pPr")
    }

    private static func spacing(_ format: WordParagraphFormat, into xml: inout XMLWriter) {
        var attributes: [(String, String)] = []
        if let before = format.spaceBefore { attributes.append(("w:before", String(before))) }
        if let after = format.spaceAfter { attributes.append(("w:after", String(after))) }
        if let line = format.lineSpacing { attributes += [("w:line", String(line)), ("w:lineRule", "auto")] }
        if !attributes.isEmpty { xml.empty("w:spacing", attributes) }
    }

    private static func indentation(_ format: WordParagraphFormat, into xml: inout XMLWriter) {
        var attributes: [(String, String)] = []
        if let left = format.leftIndent { attributes.append(("w:left", String(left))) }
        if let right = format.rightIndent { attributes.append(("w:right", String(right))) }
        if let first = format.firstLine {
            attributes.append(first < 0 ? ("w:hanging", String(-first)) : ("w:firstLine", String(first)))
        }
        if !attributes.isEmpty { xml.empty("w:ind", attributes) }
    }

    /// `w:rPr`: rStyle, rFonts, b, bCs, i, iCs, caps, sz, szCs, u, lang (a BCP 47 tag, for the
    /// document defaults). Nothing when all are unset.
    static func runProperties(style: String?, _ format: WordRunFormat, language: String? = nil, into xml: inout XMLWriter) {
        if style == nil && format.isEmpty && language == nil { return }
        xml.open("w:rPr")
        if let style { xml.empty("w:rStyle", [("w:val", style)]) }
        if let font = format.font {
            xml.empty("w:rFonts", [("w:ascii", font), ("w:hAnsi", font), ("w:eastAsia", font), ("w:cs", font)])
        }
        if let bold = format.bold {
            toggle("w:b", bold, into: &xml)
            toggle("w:bCs", bold, into: &xml)
        }
        if let italic = format.italic {
            toggle("w:i", italic, into: &xml)
            toggle("w:iCs", italic, into: &xml)
        }
        if let capitals = format.capitals { toggle("w:caps", capitals, into: &xml) }
        if let size = format.halfPoints {
            xml.empty("w:sz", [("w:val", String(size))])
            xml.empty("w:szCs", [("w:val", String(size))])
        }
        if let underline = format.underline { xml.empty("w:u", [("w:val", underline ? "single" : "none")]) }
        if let language { xml.empty("w:lang", [("w:val", language), ("w:eastAsia", language), ("w:bidi", "ar-SA")]) }
        xml.close("w:rPr")
    }

    /// True when `text` starts or ends with a space or holds two in a row, which XML readers
    /// would fold without `xml:space="preserve"` (a byte scan: runs are many and short).
    static func needsPreservedSpaces(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let space = UInt8(ascii: " ")
            guard let last = bytes.last else { return false }
            var previous = space
            for byte in bytes {
                if byte == space && previous == space { return true }
                previous = byte
            }
            return last == space
        }
    }

    /// True when `name` is ASCII letters and digits only, which need no escaping.
    static func isPlainName(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { bytes in
            bytes.allSatisfy { byte in
                byte &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "A") < 26 || byte &- UInt8(ascii: "0") < 10
            }
        }
    }

    /// An on/off property: `<w:b/>` for on, `<w:b w:val="0"/>` for off.
    private static func toggle(_ name: String, _ on: Bool, into xml: inout XMLWriter) {
        xml.empty(name, on ? [] : [("w:val", "0")])
    }

    /// A paragraph: its properties, then each run.
    static func paragraph(_ paragraph: WordParagraph, numberIDs: [Int], into xml: inout XMLWriter,
                          section: ((inout XMLWriter) -> Void)? = nil) {
        if section == nil, plainParagraph(paragraph, into: &xml) { return }
        xml.open("w:p")
        let numberID = paragraph.list.flatMap { $0.list < numberIDs.count ? numberIDs[$0.list] : nil }
        paragraphProperties(style: paragraph.style, paragraph.format, list: numberID == nil ? nil : paragraph.list,
                            numberID: numberID, into: &xml, section: section)
        for run in paragraph.runs { self.run(run, into: &xml) }
        xml.close("w:p")
    }

    /// A run: its properties, then its text (spaces preserved), tabs and breaks.
    static func run(_ run: WordRun, into xml: inout XMLWriter) {
        xml.open("w:r")
        runProperties(style: run.style, run.format, into: &xml)
        for piece in run.pieces {
            switch piece {
            case .text(let text):
                xml.raw(needsPreservedSpaces(text) ? "<w:t xml:space=\"preserve\">" : "<w:t>")
                xml.text(text)
                xml.raw("</w:t>")
            case .tab: xml.empty("w:tab")
            case .lineBreak: xml.empty("w:br")
            }
        }
        xml.close("w:r")
    }

    /// A paragraph in `style` of one run of `text` in `format`, as a text cell holds it
    /// (`WordTableCell.init(style:text:format:)`): the bytes `paragraph(_:)` writes for that
    /// paragraph. `plainStyle` is the last style found to be a plain name, so that a table's
    /// few styles are checked once each run of cells rather than once a cell.
    static func textParagraph(style: String?, format: WordRunFormat, text: String, plainStyle: inout String?,
                              into xml: inout XMLWriter) {
        xml.raw("<w:p>" as StaticString)
        if let style {
            if style == plainStyle || isPlainName(style) {
                plainStyle = style
                xml.raw("<w:pPr><w:pStyle w:val=\"" as StaticString)
                xml.raw(style)
                xml.raw("\"/></w:pPr>" as StaticString)
            } else {
                paragraphProperties(style: style, WordParagraphFormat(), into: &xml)
            }
        }
        xml.raw("<w:r>" as StaticString)
        runProperties(style: nil, format, into: &xml)
        xml.raw(needsPreservedSpaces(text) ? "<w:t xml:space=\"preserve\">" as StaticString : "<w:t>" as StaticString)
        xml.text(text)
        xml.raw("</w:t></w:r></w:p>" as StaticString)
    }

    /// Writes `paragraph` in five appends when it is the common case of a table cell: a style
    /// with a plain name and nothing else, one unformatted run of one text. The same bytes as the
    /// general path; false (and nothing written) otherwise.
    private static func plainParagraph(_ paragraph: WordParagraph, into xml: inout XMLWriter) -> Bool {
        guard let style = paragraph.style, paragraph.list == nil, paragraph.runs.count == 1,
              paragraph.format == WordParagraphFormat() else { return false }
        let run = paragraph.runs[0]
        guard run.style == nil, run.pieces.count == 1, case .text(let text) = run.pieces[0], run.format.isEmpty,
              isPlainName(style) else { return false }
        xml.raw("<w:p><w:pPr><w:pStyle w:val=\"")
        xml.raw(style)
        xml.raw(needsPreservedSpaces(text) ? "\"/></w:pPr><w:r><w:t xml:space=\"preserve\">" : "\"/></w:pPr><w:r><w:t>")
        xml.text(text)
        xml.raw("</w:t></w:r></w:p>")
        return true
    }
}
