import ZipArchive

/// An Open Packaging Conventions package (ECMA-376 Part 2), the container of .docx and .xlsx:
/// parts with their content types, and relationships from the package and from each part.
/// `archive()` writes `[Content_Types].xml` and every `_rels/….rels` part itself, checks that
/// every relationship points at a part of the package, and zips it all deterministically.
///
/// ```swift
/// var package = OfficePackage()
/// package.add("xl/workbook.xml", contentType: ContentType.workbook, contents: workbookXML)
/// package.relate(type: RelationshipType.officeDocument, target: "xl/workbook.xml")
/// let bytes = try package.archive()
/// ```
public struct OfficePackage: Sendable {
    /// One part: its name (a path without the leading "/"), content type and bytes.
    public struct Part: Sendable {
        public var name: String
        public var contentType: String
        public var contents: [UInt8]
        /// Relationships whose source is this part.
        public var relationships: [Relationship] = []
    }

    /// The parts, in the order they were added (and are archived).
    public private(set) var parts: [Part] = []
    /// Relationships whose source is the package itself.
    public private(set) var relationships: [Relationship] = []

    /// An empty package.
    public init() {}

    /// Adds a part. Names are compared as given; adding one twice is a programming error that
    /// `archive()` reports.
    public mutating func add(_ name: String, contentType: String, contents: [UInt8]) {
        parts.append(Part(name: name, contentType: contentType, contents: contents))
    }

    /// Replaces the bytes of the part `name`, added before (so that relationships from it could be
    /// made while its contents, which name their ids, were still being written).
    public mutating func setContents(of name: String, to contents: [UInt8]) {
        guard let index = parts.firstIndex(where: { $0.name == name }) else {
            preconditionFailure("setContents(of: \(name)): add the part first")
        }
        parts[index].contents = contents
    }

    /// Relates `source` (a part's name, or nil for the package) to `target`, relative to the
    /// source's folder; returns the new relationship's id ("rId1", "rId2", … per source).
    @discardableResult
    public mutating func relate(from source: String? = nil, type: String, target: String) -> String {
        guard let source else {
            let id = "rId\(relationships.count + 1)"
            relationships.append(Relationship(id: id, type: type, target: target))
            return id
        }
        guard let index = parts.firstIndex(where: { $0.name == source }) else {
            preconditionFailure("relate(from: \(source)): add the part first")
        }
        let id = "rId\(parts[index].relationships.count + 1)"
        parts[index].relationships.append(Relationship(id: id, type: type, target: target))
        return id
    }

    /// Every problem that would make an Office application refuse the package: a part named
    /// twice, or a relationship whose target is not a part. Empty when the package is complete.
    public var problems: [String] {
        var problems: [String] = []
        var names: Set<String> = []
        for part in parts where !names.insert(part.name).inserted {
            problems.append("\(part.name): added twice")
        }
        func check(_ relationships: [Relationship], from folder: String, source: String) {
            for relationship in relationships where !names.contains(PartName.resolve(relationship.target, in: folder)) {
                problems.append("\(source): \(relationship.id) points at \(relationship.target), which is not in the package")
            }
        }
        check(relationships, from: "", source: "the package")
        for part in parts {
            check(part.relationships, from: PartName.folder(of: part.name), source: part.name)
        }
        return problems
    }

    /// The package as ZIP bytes: `[Content_Types].xml`, `_rels/.rels`, then each part followed by
    /// its relationships. Throws when `problems` is not empty or the archive cannot hold a part.
    public func archive() throws(OfficePackageError) -> [UInt8] {
        if let problem = problems.first { throw .incomplete(problem) }
        var zip = ZipWriter()
        do throws(ZipError) {
            try zip.add("[Content_Types].xml", contents: contentTypesXML())
            try zip.add("_rels/.rels", contents: Self.relationshipsXML(relationships))
            for part in parts {
                try zip.add(part.name, contents: part.contents)
                if !part.relationships.isEmpty {
                    try zip.add(PartName.relationshipsPart(of: part.name), contents: Self.relationshipsXML(part.relationships))
                }
            }
        } catch {
            throw .archive(error)
        }
        return zip.finished()
    }

    /// `[Content_Types].xml`: a default for relationship parts, an override for every part.
    private func contentTypesXML() -> [UInt8] {
        var xml = XMLWriter()
        xml.open("Types", [("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types")])
        xml.empty("Default", [("Extension", "rels"), ("ContentType", ContentType.relationships)])
        xml.empty("Default", [("Extension", "xml"), ("ContentType", "application/xml")])
        for part in parts {
            xml.empty("Override", [("PartName", "/" + part.name), ("ContentType", part.contentType)])
        }
        xml.close("Types")
        return xml.bytes
    }

    private static func relationshipsXML(_ relationships: [Relationship]) -> [UInt8] {
        var xml = XMLWriter()
        xml.open("Relationships", [("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships")])
        for relationship in relationships {
            xml.empty("Relationship", [("Id", relationship.id), ("Type", relationship.type), ("Target", relationship.target)])
        }
        xml.close("Relationships")
        return xml.bytes
    }
}

/// Why a package could not be written.
public enum OfficePackageError: Error, Sendable, CustomStringConvertible {
    /// A part named twice or a relationship to a missing part.
    case incomplete(String)
    /// The ZIP container refused a part.
    case archive(ZipError)

    public var description: String {
        switch self {
        case .incomplete(let problem): "incomplete Office package: \(problem)"
        case .archive(let error): "cannot write the Office package: \(error)"
        }
    }
}
