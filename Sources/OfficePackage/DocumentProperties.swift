/// The properties Office shows under File › Info: title, subject, author, language, and the
/// date, given by the caller so that a build writes the same bytes every time.
public struct DocumentProperties: Sendable {
    public var title: String
    public var subject: String
    /// Who wrote it ("Ủy ban nhân dân tỉnh Bắc Kạn").
    public var creator: String
    /// A BCP 47 tag ("vi-VN").
    public var language: String
    /// The date and time in W3CDTF ("2019-01-05T00:00:00Z").
    public var created: String
    /// The application named in the extended properties.
    public var application: String

    /// Creates properties.
    public init(title: String, subject: String = "", creator: String, language: String = "vi-VN",
                created: String, application: String) {
        self.title = title
        self.subject = subject
        self.creator = creator
        self.language = language
        self.created = created
        self.application = application
    }

    /// Adds `docProps/core.xml` and `docProps/app.xml` to `package`, with their relationships.
    public func add(to package: inout OfficePackage) {
        var core = XMLWriter()
        core.open("cp:coreProperties", [
            ("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
            ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
            ("xmlns:dcterms", "http://purl.org/dc/terms/"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        ])
        core.element("dc:title", text: title)
        if !subject.isEmpty { core.element("dc:subject", text: subject) }
        core.element("dc:creator", text: creator)
        core.element("dc:language", text: language)
        core.element("dcterms:created", [("xsi:type", "dcterms:W3CDTF")], text: created)
        core.element("dcterms:modified", [("xsi:type", "dcterms:W3CDTF")], text: created)
        core.close("cp:coreProperties")
        package.add("docProps/core.xml", contentType: ContentType.coreProperties, contents: core.bytes)
        package.relate(type: RelationshipType.coreProperties, target: "docProps/core.xml")

        var app = XMLWriter()
        app.open("Properties", [("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties")])
        app.element("Application", text: application)
        app.close("Properties")
        package.add("docProps/app.xml", contentType: ContentType.extendedProperties, contents: app.bytes)
        package.relate(type: RelationshipType.extendedProperties, target: "docProps/app.xml")
    }
}
