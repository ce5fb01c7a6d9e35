import OfficePackage

/// A Word document (WordprocessingML, ECMA-376): named styles, list definitions and sections of
/// paragraphs and tables, written as a complete .docx package whose bytes depend only on the
/// model. It knows nothing of what the document says.
///
/// ```swift
/// var document = WordDocument(properties: properties)
/// document.styles = [WordStyle(id: "Normal", name: "Normal", isDefault: true)]
/// document.sections = [WordSection(margins: .init(top: 1134, bottom: 1134, left: 1701, right: 850),
///                                  blocks: [.paragraph(WordParagraph(style: nil, text: "Xin chào"))])]
/// let bytes = try document.archive()
/// ```
public struct WordDocument: Sendable {
    /// The font and size of every run unless a style says otherwise (`w:docDefaults`).
    public var defaults: WordRunFormat
    /// The named styles, written to `word/styles.xml` in this order.
    public var styles: [WordStyle]
    /// The list definitions paragraphs refer to by index.
    public var lists: [WordList]
    /// The sections, in order; a document has at least one (an empty one is added if none).
    public var sections: [WordSection]
    /// Title, author and date shown by Office.
    public var properties: DocumentProperties
    /// The style of the page-number paragraph in the page header, by id, or nil.
    public var pageNumberStyle: String?

    /// A document with Times New Roman 14 pt as its defaults and nothing in it.
    public init(properties: DocumentProperties, defaults: WordRunFormat = WordRunFormat(font: "Times New Roman", halfPoints: 28)) {
        self.defaults = defaults
        self.styles = []
        self.lists = []
        self.sections = []
        self.properties = properties
    }

    /// The package: document, styles, settings, numbering (with lists), page headers (when a
    /// section numbers its pages) and the properties, every part related and typed.
    public func package() -> OfficePackage {
        let document = "word/document.xml"
        var package = OfficePackage()
        package.add(document, contentType: ContentType.wordDocument, contents: [])
        package.relate(type: RelationshipType.officeDocument, target: document)
        properties.add(to: &package)
        package.add("word/styles.xml", contentType: ContentType.wordStyles,
                    contents: StylesXML.bytes(styles, defaults: defaults, language: properties.language))
        package.relate(from: document, type: RelationshipType.styles, target: "styles.xml")
        package.add("word/settings.xml", contentType: ContentType.wordSettings, contents: SettingsXML.bytes(language: properties.language))
        package.relate(from: document, type: RelationshipType.settings, target: "settings.xml")
        if !lists.isEmpty {
            package.add("word/numbering.xml", contentType: ContentType.wordNumbering, contents: NumberingXML.bytes(lists))
            package.relate(from: document, type: RelationshipType.numbering, target: "numbering.xml")
        }
        let sections = sections.isEmpty
            ? [WordSection(margins: WordSection.Margins(top: 1440, bottom: 1440, left: 1440, right: 1440), pageNumbers: .none)]
            : sections
        var writer = DocumentXML(numberIDs: lists.indices.map { $0 + 1 })
        if sections.contains(where: { $0.pageNumbers != .none }) {
            package.add("word/header1.xml", contentType: ContentType.wordHeader, contents: HeaderXML.pageNumber(style: pageNumberStyle))
            writer.numberedHeader = package.relate(from: document, type: RelationshipType.header, target: "header1.xml")
            package.add("word/header2.xml", contentType: ContentType.wordHeader, contents: HeaderXML.empty())
            writer.emptyHeader = package.relate(from: document, type: RelationshipType.header, target: "header2.xml")
        }
        package.setContents(of: document, to: writer.bytes(sections))
        return package
    }

    /// The .docx bytes. Throws only when the package would be incomplete, which is a bug.
    public func archive() throws(OfficePackageError) -> [UInt8] {
        try package().archive()
    }
}
