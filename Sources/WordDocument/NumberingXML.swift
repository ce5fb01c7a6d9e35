import OfficePackage

/// Writes `word/numbering.xml`: one abstract definition per list (§17.9.1: multiLevelType, then
/// one level with start, numFmt, lvlText, lvlJc, pPr, rPr), then one `w:num` per list pointing at
/// it; list n has abstractNumId n and numId n + 1, so separate lists count separately.
enum NumberingXML {
    static func bytes(_ lists: [WordList]) -> [UInt8] {
        var xml = XMLWriter()
        xml.open("w:numbering", WordNamespace.attributes)
        for (index, list) in lists.enumerated() {
            xml.open("w:abstractNum", [("w:abstractNumId", String(index))])
            xml.empty("w:multiLevelType", [("w:val", "singleLevel")])
            xml.open("w:lvl", [("w:ilvl", "0")])
            xml.empty("w:start", [("w:val", "1")])
            switch list.marker {
            case .bullet(let symbol):
                xml.empty("w:numFmt", [("w:val", "bullet")])
                xml.empty("w:lvlText", [("w:val", symbol)])
            case .decimal:
                xml.empty("w:numFmt", [("w:val", "decimal")])
                xml.empty("w:lvlText", [("w:val", "%1.")])
            }
            xml.empty("w:lvlJc", [("w:val", "left")])
            FormatXML.paragraphProperties(style: nil, WordParagraphFormat(leftIndent: list.leftIndent, firstLine: -list.hanging),
                                          into: &xml)
            xml.close("w:lvl")
            xml.close("w:abstractNum")
        }
        for index in lists.indices {
            xml.open("w:num", [("w:numId", String(index + 1))])
            xml.empty("w:abstractNumId", [("w:val", String(index))])
            xml.close("w:num")
        }
        xml.close("w:numbering")
        return xml.bytes
    }
}
