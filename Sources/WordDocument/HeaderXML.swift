import OfficePackage

/// Writes page headers (`w:hdr`): one holding a centred PAGE field, and an empty one for the
/// pages that show no number.
enum HeaderXML {
    /// A header whose one paragraph is the page number, centred.
    static func pageNumber(style: String?) -> [UInt8] {
        var xml = XMLWriter()
        xml.open("w:hdr", WordNamespace.attributes)
        xml.open("w:p")
        FormatXML.paragraphProperties(style: style, WordParagraphFormat(alignment: .center), into: &xml)
        xml.open("w:fldSimple", [("w:instr", " PAGE ")])
        xml.open("w:r")
        xml.element("w:t", text: "2")
        xml.close("w:r")
        xml.close("w:fldSimple")
        xml.close("w:p")
        xml.close("w:hdr")
        return xml.bytes
    }

    /// A header with one empty paragraph (a header must hold at least one block).
    static func empty() -> [UInt8] {
        var xml = XMLWriter()
        xml.open("w:hdr", WordNamespace.attributes)
        xml.empty("w:p")
        xml.close("w:hdr")
        return xml.bytes
    }
}
