import OfficePackage

/// The workbook's shared string table (`xl/sharedStrings.xml`): each distinct text once, cells
/// refer to it by index.
struct SharedStrings {
    private var indexes: [String: Int] = [:]
    private(set) var strings: [String] = []
    /// How many cells refer to the table.
    private(set) var references = 0

    /// Counts one more cell referring to a text already looked up.
    mutating func reuse() {
        references += 1
    }

    /// The index of `text`, added when new, counting `references` more cells referring to it.
    mutating func index(of text: String, references: Int = 1) -> Int {
        self.references += references
        if let index = indexes[text] { return index }
        indexes[text] = strings.count
        strings.append(text)
        return strings.count - 1
    }

    /// The part's XML.
    var xml: [UInt8] {
        var xml = XMLWriter()
        xml.open("sst", [("xmlns", SpreadsheetNamespace.main), ("count", String(references)), ("uniqueCount", String(strings.count))])
        for string in strings {
            xml.raw("<si>")
            Self.appendText(string, to: &xml)
            xml.raw("</si>")
        }
        xml.close("sst")
        return xml.bytes
    }

    /// `<t>text</t>`, keeping leading and trailing spaces and line breaks.
    static func appendText(_ text: String, to xml: inout XMLWriter) {
        let keeps = text.first?.isWhitespace == true || text.last?.isWhitespace == true || text.contains("\n")
        xml.element("t", keeps ? [("xml:space", "preserve")] : [], text: text)
    }
}

/// The namespaces of SpreadsheetML (ECMA-376 Part 1, transitional).
enum SpreadsheetNamespace {
    /// The main namespace of every SpreadsheetML part.
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    /// Relationship ids in parts.
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
}
