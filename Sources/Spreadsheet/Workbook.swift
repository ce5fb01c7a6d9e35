import OfficePackage

/// An Excel workbook (SpreadsheetML, ECMA-376 Part 1): its sheets in tab order, the font of every
/// cell without a style of its own, and its document properties. `archive()` gives the .xlsx
/// bytes, the same bytes for the same workbook.
///
/// ```swift
/// var sheet = Worksheet(name: "Bảng 1")
/// sheet.set(SheetCell(.number(DecimalText(4484))), at: CellReference(row: 1, column: 1))
/// let bytes = try Workbook(sheets: [sheet], properties: properties).archive()
/// ```
public struct Workbook: Sendable {
    /// The sheets, in tab order; the first is shown when the workbook opens.
    public var sheets: [Worksheet]
    /// The font of the default cell format, also used by the running heads.
    public var defaultFont: Font
    /// Title, author and date shown by Office.
    public var properties: DocumentProperties

    /// A workbook of `sheets`.
    public init(sheets: [Worksheet], defaultFont: Font = Font(), properties: DocumentProperties) {
        self.sheets = sheets
        self.defaultFont = defaultFont
        self.properties = properties
    }

    /// Everything that would make Excel refuse or "repair" the workbook: no sheet, a bad or
    /// repeated sheet name (names are compared ignoring case), overlapping merged areas. Empty
    /// when the workbook can be written.
    public var problems: [String] {
        var problems: [String] = sheets.isEmpty ? ["a workbook needs at least one sheet"] : []
        var names: Set<String> = []
        for sheet in sheets {
            problems += sheet.problems
            if !names.insert(sheet.name.lowercased()).inserted {
                problems.append("sheet name \"\(sheet.name)\" is used twice")
            }
        }
        return problems
    }

    /// The workbook as an Office package: the workbook part, one part per sheet, the styles, the
    /// shared strings and the document properties, every part related and typed.
    public func package() throws(SpreadsheetError) -> OfficePackage {
        if let problem = problems.first { throw .invalid(problem) }
        var strings = SharedStrings()
        var styles = StyleSheet(defaultFont: defaultFont)
        let sheetParts = sheets.enumerated().map { index, sheet in
            WorksheetXML(sheet: sheet, selected: index == 0).bytes(strings: &strings, styles: &styles)
        }
        var package = OfficePackage()
        package.add("xl/workbook.xml", contentType: ContentType.workbook, contents: workbookXML())
        package.relate(type: RelationshipType.officeDocument, target: "xl/workbook.xml")
        for (index, part) in sheetParts.enumerated() {
            package.add("xl/worksheets/sheet\(index + 1).xml", contentType: ContentType.worksheet, contents: part)
            package.relate(from: "xl/workbook.xml", type: RelationshipType.worksheet, target: "worksheets/sheet\(index + 1).xml")
        }
        package.add("xl/styles.xml", contentType: ContentType.spreadsheetStyles, contents: styles.xml)
        package.relate(from: "xl/workbook.xml", type: RelationshipType.styles, target: "styles.xml")
        package.add("xl/sharedStrings.xml", contentType: ContentType.sharedStrings, contents: strings.xml)
        package.relate(from: "xl/workbook.xml", type: RelationshipType.sharedStrings, target: "sharedStrings.xml")
        properties.add(to: &package)
        return package
    }

    /// The .xlsx bytes.
    public func archive() throws(SpreadsheetError) -> [UInt8] {
        let package = try package()
        do throws(OfficePackageError) {
            return try package.archive()
        } catch {
            throw .package(error)
        }
    }

    /// `xl/workbook.xml`: the sheets (their relationship ids are rId1… in order) and each sheet's
    /// print titles as the defined name `_xlnm.Print_Titles`.
    private func workbookXML() -> [UInt8] {
        var xml = XMLWriter()
        xml.open("workbook", [("xmlns", SpreadsheetNamespace.main), ("xmlns:r", SpreadsheetNamespace.relationships)])
        xml.raw(#"<bookViews><workbookView activeTab="0"/></bookViews>"#)
        xml.open("sheets")
        for (index, sheet) in sheets.enumerated() {
            xml.empty("sheet", [("name", sheet.name), ("sheetId", String(index + 1)), ("r:id", "rId\(index + 1)")])
        }
        xml.close("sheets")
        let titled = sheets.enumerated().compactMap { index, sheet in sheet.printTitleRows.map { (index, sheet, $0) } }
        if !titled.isEmpty {
            xml.open("definedNames")
            for (index, sheet, rows) in titled {
                xml.element("definedName", [("name", "_xlnm.Print_Titles"), ("localSheetId", String(index))],
                            text: "\(sheet.quotedName)!$\(rows.lowerBound):$\(rows.upperBound)")
            }
            xml.close("definedNames")
        }
        xml.close("workbook")
        return xml.bytes
    }
}

/// Why a workbook could not be written.
public enum SpreadsheetError: Error, Sendable, CustomStringConvertible {
    /// A sheet Excel would refuse (see `Workbook.problems`).
    case invalid(String)
    /// The package could not be written.
    case package(OfficePackageError)

    public var description: String {
        switch self {
        case .invalid(let problem): "cannot write the workbook: \(problem)"
        case .package(let error): "\(error)"
        }
    }
}
