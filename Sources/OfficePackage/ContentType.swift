/// The content types of the parts the writers produce (ECMA-376 Part 1, transitional).
public enum ContentType {
    static let officeDocument = "application/vnd.openxmlformats-officedocument."
    /// Relationship parts.
    public static let relationships = "application/vnd.openxmlformats-package.relationships+xml"
    /// Core properties.
    public static let coreProperties = "application/vnd.openxmlformats-package.core-properties+xml"
    /// Extended properties.
    public static let extendedProperties = officeDocument + "extended-properties+xml"
    /// Word's main document.
    public static let wordDocument = officeDocument + "wordprocessingml.document.main+xml"
    /// Word's styles.
    public static let wordStyles = officeDocument + "wordprocessingml.styles+xml"
    /// Word's settings.
    public static let wordSettings = officeDocument + "wordprocessingml.settings+xml"
    /// Word's numbering definitions.
    public static let wordNumbering = officeDocument + "wordprocessingml.numbering+xml"
    /// A Word page header.
    public static let wordHeader = officeDocument + "wordprocessingml.header+xml"
    /// A Word page footer.
    public static let wordFooter = officeDocument + "wordprocessingml.footer+xml"
    /// Excel's workbook.
    public static let workbook = officeDocument + "spreadsheetml.sheet.main+xml"
    /// An Excel worksheet.
    public static let worksheet = officeDocument + "spreadsheetml.worksheet+xml"
    /// Excel's styles.
    public static let spreadsheetStyles = officeDocument + "spreadsheetml.styles+xml"
    /// Excel's shared strings.
    public static let sharedStrings = officeDocument + "spreadsheetml.sharedStrings+xml"
}
