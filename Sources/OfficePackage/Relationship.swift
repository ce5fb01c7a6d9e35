/// A link from a package or one of its parts to another part (ECMA-376 Part 2, §9.3).
public struct Relationship: Sendable, Equatable {
    /// The id, unique within its source ("rId1").
    public var id: String
    /// The relationship type, a URI (see `RelationshipType`).
    public var type: String
    /// The target part, relative to the source part's folder ("styles.xml", "worksheets/sheet1.xml").
    public var target: String
}

/// The relationship types the writers use (ECMA-376 Part 1, transitional namespaces, which every
/// version of Word and Excel reads).
public enum RelationshipType {
    static let officeDocumentBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    /// The main document part of a package.
    public static let officeDocument = officeDocumentBase + "officeDocument"
    /// Core properties (title, author, dates).
    public static let coreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
    /// Extended (application) properties.
    public static let extendedProperties = officeDocumentBase + "extended-properties"
    /// A style sheet (Word's styles, Excel's cell formats).
    public static let styles = officeDocumentBase + "styles"
    /// Document or workbook settings.
    public static let settings = officeDocumentBase + "settings"
    /// A Word page header.
    public static let header = officeDocumentBase + "header"
    /// A Word page footer.
    public static let footer = officeDocumentBase + "footer"
    /// Word numbering definitions.
    public static let numbering = officeDocumentBase + "numbering"
    /// A worksheet of a workbook.
    public static let worksheet = officeDocumentBase + "worksheet"
    /// A workbook's shared string table.
    public static let sharedStrings = officeDocumentBase + "sharedStrings"
}
