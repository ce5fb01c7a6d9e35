import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZipReading

/// What a reader sees of a .docx the build wrote, read with XMLParser from the ZIP: every
/// paragraph's text in order, every table's rows of cell texts with its count of heading rows,
/// and each section's page size and orientation.
final class WordText: NSObject, XMLParserDelegate {
    struct Table {
        var rows: [[String]] = []
        var headingRows = 0
    }

    struct Section: Equatable {
        var width: Int
        var height: Int
        var landscape: Bool
    }

    private(set) var paragraphs: [String] = []
    private(set) var tables: [Table] = []
    private(set) var sections: [Section] = []
    /// Every part's name in the package.
    private(set) var parts: [String] = []

    private var paragraph = ""
    private var inText = false
    private var cell: [String]?
    private var row: [String]?
    private var table: Table?

    /// Reads `word/document.xml` of the package `bytes`.
    init(_ bytes: Data) throws {
        super.init()
        let files = try ZipReader(Array(bytes)).files()
        parts = files.map(\.name)
        guard let document = files.first(where: { $0.name == "word/document.xml" }) else { throw Malformed(description: "no document") }
        let parser = XMLParser(data: Data(document.contents))
        parser.delegate = self
        guard parser.parse() else { throw Malformed(description: "document.xml does not parse: \(String(describing: parser.parserError))") }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "w:p": paragraph = ""
        case "w:t": inText = true
        case "w:tab": paragraph += "\t"
        case "w:br": paragraph += "\n"
        case "w:tc": cell = []
        case "w:tr": row = []
        case "w:tbl": table = Table()
        case "w:tblHeader": table?.headingRows += 1
        case "w:pgSz":
            sections.append(Section(width: Int(attributes["w:w"] ?? "") ?? 0, height: Int(attributes["w:h"] ?? "") ?? 0,
                                    landscape: attributes["w:orient"] == "landscape"))
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { paragraph += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "w:t": inText = false
        case "w:p":
            paragraphs.append(paragraph)
            cell?.append(paragraph)
        case "w:tc": row?.append((cell ?? []).joined(separator: "\n"))
        case "w:tr": table?.rows.append(row ?? [])
        case "w:tbl":
            if let table { tables.append(table) }
            table = nil
        default: break
        }
    }
}
