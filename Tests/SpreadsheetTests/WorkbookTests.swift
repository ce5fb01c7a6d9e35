import Foundation
import OfficePackage
import Testing
import ZipReading
@testable import Spreadsheet

/// A small workbook written and read back: cells, styles, merges, print setup, the package.
@Suite struct WorkbookTests {
    static let properties = DocumentProperties(title: "Thử", creator: "Tỉnh", created: "2019-01-05T00:00:00Z", application: "test")
    static let bold = CellStyle(font: Font(bold: true), border: .thin, horizontal: .center, vertical: .center, wraps: true)
    static let count = CellStyle(border: .thin, numberFormat: "#,##0")
    static let percent = CellStyle(border: .thin, numberFormat: "0.000")

    /// Title merged over A1:C1; headings; two rows of figures; a total with SUM and a percentage.
    static func sheet() -> Worksheet {
        var sheet = Worksheet(name: "Phụ lục 1")
        func put(_ value: CellValue, _ style: CellStyle?, _ row: Int, _ column: Int) {
            sheet.set(SheetCell(value, style: style.map { sheet.style($0) }), at: CellReference(row: row, column: column))
        }
        put(.text("PHỤ LỤC 1 & <tiêu đề>"), CellStyle(font: Font(size: 14, bold: true), horizontal: .center), 1, 1)
        put(.text("Tên đơn vị"), bold, 2, 1)
        put(.text("Số người"), bold, 2, 2)
        put(.text("%"), bold, 2, 3)
        put(.text("Huyện A"), CellStyle(border: .thin), 3, 1)
        put(.number(DecimalText("4484")!), count, 3, 2)
        put(.formula("ROUND(B3/20845*100,3)", cached: .number(DecimalText("21.511")!)), percent, 3, 3)
        put(.text(" Huyện B"), CellStyle(border: .thin), 4, 1)
        put(.number(DecimalText("-0.5")!), count, 4, 2)
        put(.text("-"), percent, 4, 3)
        put(.formula("SUM(B3:B4)", cached: .number(DecimalText("4483.5")!)), count, 5, 2)
        put(.empty, CellStyle(border: .thin), 5, 3)
        sheet.merges = [CellRange(rows: 1...1, columns: 1...3)]
        sheet.columnWidths = [205, 0, 95]
        sheet.rowHeights = [2: 315]
        sheet.frozenRows = 2
        sheet.frozenColumns = 1
        sheet.printTitleRows = 2...2
        sheet.page = PageSetup(landscape: true, fitToPage: FitToPage(width: 1, height: 0),
                               margins: PageMargins(left: 59, right: 39, top: 79, bottom: 79, header: 30, footer: 30),
                               centredHorizontally: true, footer: "&CTrang &P/&N")
        return sheet
    }

    static func parts(_ workbook: Workbook) throws -> [String: String] {
        var parts: [String: String] = [:]
        for file in try ZipReader(try workbook.archive()).files() {
            parts[file.name] = String(decoding: file.contents, as: UTF8.self)
        }
        return parts
    }

    @Test func thePackageIsCompleteAndTyped() throws {
        let workbook = Workbook(sheets: [Self.sheet(), Worksheet(name: "Số liệu")], properties: Self.properties)
        #expect(try workbook.package().problems.isEmpty)
        let files = try ZipReader(try workbook.archive()).files().map(\.name)
        #expect(files == ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                          "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/styles.xml", "xl/sharedStrings.xml",
                          "docProps/core.xml", "docProps/app.xml"])
        let parts = try Self.parts(workbook)
        let types = try #require(parts["[Content_Types].xml"])
        #expect(types.contains(#"<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#))
        let rels = try #require(parts["xl/_rels/workbook.xml.rels"])
        #expect(rels.contains(#"Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml""#))
        #expect(rels.contains(#"Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml""#))
        let book = try #require(parts["xl/workbook.xml"])
        #expect(book.contains(#"<sheets><sheet name="Phụ lục 1" sheetId="1" r:id="rId1"/><sheet name="Số liệu" sheetId="2" r:id="rId2"/></sheets>"#))
        #expect(book.contains(#"<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'Phụ lục 1'!$2:$2</definedName></definedNames>"#))
        #expect(try workbook.archive() == workbook.archive())
    }

    @Test func cellsAreWrittenWithTheirTypesStylesAndCachedValues() throws {
        let parts = try Self.parts(Workbook(sheets: [Self.sheet()], properties: Self.properties))
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        // Styles are numbered in first use: 1 title, 2 heading, 3 text with border, 4 count, 5 percentage.
        // A cell right after the one before it in its row has no reference; B5 has one, A5 being empty.
        #expect(sheet.contains(#"<row r="1"><c s="1" t="s"><v>0</v></c></row>"#))
        #expect(sheet.contains(#"<row r="2" ht="31.5" customHeight="1"><c s="2" t="s"><v>1</v></c><c s="2" t="s"><v>2</v></c><c s="2" t="s"><v>3</v></c></row>"#))
        #expect(sheet.contains(#"<row r="3"><c s="3" t="s"><v>4</v></c><c s="4"><v>4484</v></c><c s="5"><f>ROUND(B3/20845*100,3)</f><v>21.511</v></c></row>"#))
        #expect(sheet.contains(#"<row r="4"><c s="3" t="s"><v>5</v></c><c s="4"><v>-0.5</v></c><c s="5" t="s"><v>6</v></c></row>"#))
        #expect(sheet.contains(#"<row r="5"><c r="B5" s="4"><f>SUM(B3:B4)</f><v>4483.5</v></c><c s="3"/></row>"#))
        #expect(sheet.contains(#"<dimension ref="A1:C5"/>"#))
        #expect(sheet.contains(#"<pane xSplit="1" ySplit="2" topLeftCell="B3" activePane="bottomRight" state="frozen"/>"#))
        #expect(sheet.contains(#"<cols><col min="1" max="1" width="20.5" customWidth="1"/><col min="3" max="3" width="9.5" customWidth="1"/></cols>"#))
        #expect(sheet.contains(#"<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>"#))
        #expect(sheet.contains(#"<printOptions horizontalCentered="1"/><pageMargins left="0.59" right="0.39" top="0.79" bottom="0.79" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/><headerFooter><oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter></headerFooter>"#))
        let strings = try #require(parts["xl/sharedStrings.xml"])
        #expect(strings.contains(#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="7" uniqueCount="7"><si><t>PHỤ LỤC 1 &amp; &lt;tiêu đề&gt;</t></si>"#))
        #expect(strings.contains(#"<si><t xml:space="preserve"> Huyện B</t></si><si><t>-</t></si></sst>"#))
    }

    /// Row formulas: a column's run of two or more cells with the same one is one shared formula
    /// (ECMA-376 Part 1, §18.3.1.40), its text in the first cell with the run's range, the others
    /// naming its index; every cell of a run carries its reference. A lone one, or one after a gap,
    /// is an ordinary formula; each cell keeps its own cached value.
    @Test func runsOfARowFormulaAreWrittenAsSharedFormulas() throws {
        var sheet = Worksheet(name: "Bảng 1")
        let double = sheet.formula(RowFormula(pieces: ["B", "*2"]))
        let other = sheet.formula(RowFormula(pieces: ["B", "<0"]))
        #expect(sheet.formula(RowFormula(pieces: ["B", "*2"])) == double)
        func row(_ number: Int, _ formula: SheetFormula?) {
            let value = CellValue.number(DecimalText(number))
            let cached = FormulaResult.number(DecimalText(number * 2))
            sheet.setRow(number, [SheetCell(.text("x")), SheetCell(value)] + (formula.map { [SheetCell(.rowFormula($0, cached: cached))] } ?? []))
        }
        row(1, double)
        row(2, double)
        row(3, double)
        row(4, nil)
        row(5, double)
        row(6, other)
        row(7, other)
        let xml = try #require(Self.parts(Workbook(sheets: [sheet], properties: Self.properties))["xl/worksheets/sheet1.xml"])
        #expect(xml.contains(#"<row r="1"><c t="s"><v>0</v></c><c><v>1</v></c><c r="C1"><f t="shared" ref="C1:C3" si="0">B1*2</f><v>2</v></c></row>"#))
        #expect(xml.contains(#"<row r="2"><c t="s"><v>0</v></c><c><v>2</v></c><c r="C2"><f t="shared" si="0"/><v>4</v></c></row>"#))
        #expect(xml.contains(#"<c r="C3"><f t="shared" si="0"/><v>6</v></c></row><row r="4">"#))
        #expect(xml.contains(#"<row r="5"><c t="s"><v>0</v></c><c><v>5</v></c><c><f>B5*2</f><v>10</v></c></row>"#))
        #expect(xml.contains(#"<c r="C6"><f t="shared" ref="C6:C7" si="1">B6&lt;0</f><v>12</v></c>"#))
        #expect(xml.contains(#"<c r="C7"><f t="shared" si="1"/><v>14</v></c>"#))
        #expect(RowFormula(pieces: ["ROUND(F", "/E", "*100,2)"]).text(row: 7) == "ROUND(F7/E7*100,2)")
    }

    /// The cells live in one array, row after row: rows set out of order, set again or grown
    /// cell by cell keep every other row's cells where they were.
    @Test func rowsSetAgainOrGrownKeepTheRowsAfterThem() {
        var sheet = Worksheet(name: "Bảng 1")
        func number(_ value: Int) -> SheetCell { SheetCell(.number(DecimalText(value))) }
        sheet.setRow(2, [number(21), number(22)])
        sheet.setRow(4, [number(41)])
        sheet.set(number(13), at: CellReference(row: 1, column: 3))
        sheet.setRow(2, [number(99)])
        sheet.set(number(43), at: CellReference(row: 4, column: 3))
        sheet.set(number(11), at: CellReference(row: 1, column: 1))
        #expect(sheet.rowCount == 4 && sheet.width == 3)
        #expect(sheet.row(1) == [number(11), SheetCell(.empty), number(13)])
        #expect(sheet.row(2) == [number(99)] && sheet.row(3).isEmpty)
        #expect(sheet.row(4) == [number(41), SheetCell(.empty), number(43)])
        #expect(sheet.cell(at: CellReference(row: 2, column: 2)) == SheetCell(.empty))
        #expect(sheet.cell(at: CellReference(row: 4, column: 3)) == number(43) && sheet.row(5).isEmpty)
        #expect(sheet.dimension.a1 == "A1:C4")
        sheet.startRow()
        sheet.append(number(51))
        sheet.append(number(52))
        sheet.startRow()
        #expect(sheet.rowCount == 6 && sheet.row(5) == [number(51), number(52)] && sheet.row(6).isEmpty)
        var filled = Worksheet(name: "Số liệu")
        for value in 1...4 { filled.append(number(value)) }
        #expect(filled.rowCount == 1 && filled.width == 4 && filled.row(1).last == number(4))
    }

    /// A cell set with a text or formula id of another sheet is a problem, not a silent zero.
    @Test func idsOfAnotherSheetAreProblems() {
        var other = Worksheet(name: "Khác")
        let text = other.text("a")
        let formula = other.formula(RowFormula(pieces: ["A", "+1"]))
        var sheet = Worksheet(name: "Bảng 1")
        sheet.setRow(1, [SheetCell(.sheetText(text))])
        #expect(sheet.problems == ["sheet \"Bảng 1\": a cell refers to a text or formula the sheet did not hold when it was set"])
        var second = Worksheet(name: "Bảng 2")
        second.set(SheetCell(.rowFormula(formula, cached: .number(DecimalText(1)))), at: CellReference(row: 2, column: 2))
        #expect(second.problems.count == 1)
        other.setRow(1, [SheetCell(.sheetText(text)), SheetCell(.rowFormula(formula, cached: .number(DecimalText(1))))])
        #expect(other.problems.isEmpty)
    }

    @Test func elementsFollowTheSchemasOrder() throws {
        let parts = try Self.parts(Workbook(sheets: [Self.sheet()], properties: Self.properties))
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        let order = ["<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>", "<dimension", "<sheetViews", "<sheetFormatPr", "<cols",
                     "<sheetData", "<mergeCells", "<printOptions", "<pageMargins", "<pageSetup", "<headerFooter"]
        #expect(Self.positions(of: order, in: sheet) == order.indices.map { $0 }, "\(sheet)")
        let styles = try #require(parts["xl/styles.xml"])
        let styleOrder = ["<numFmts", "<fonts", "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>",
                          "<borders", "<cellStyleXfs", "<cellXfs", "<cellStyles"]
        #expect(Self.positions(of: styleOrder, in: styles) == styleOrder.indices.map { $0 }, "\(styles)")
        #expect(styles.contains(#"<numFmts count="1"><numFmt numFmtId="164" formatCode="0.000"/></numFmts>"#))
        #expect(styles.contains(#"<font><sz val="12"/><name val="Times New Roman"/></font><font><b/><sz val="14"/><name val="Times New Roman"/></font>"#))
        #expect(styles.contains(#"<xf numFmtId="3" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>"#))
        #expect(styles.contains(#"<xf numFmtId="0" fontId="2" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>"#))
    }

    /// The rank of each marker's first position in `text` (0, 1, 2 … when they come in order); -1 for one missing.
    static func positions(of markers: [String], in text: String) -> [Int] {
        let offsets = markers.map { text.range(of: $0).map { text.distance(from: text.startIndex, to: $0.lowerBound) } ?? -1 }
        let sorted = offsets.sorted()
        return offsets.map { $0 < 0 ? -1 : sorted.firstIndex(of: $0) ?? -1 }
    }

    @Test func badNamesRepeatsAndOverlapsAreProblems() {
        var overlapping = Worksheet(name: "Bảng 1")
        overlapping.merges = [CellRange(rows: 1...2, columns: 1...1), CellRange(rows: 2...2, columns: 1...3)]
        let sheets = [Worksheet(name: "a/b"), Worksheet(name: String(repeating: "x", count: 32)), Worksheet(name: "'x"),
                      overlapping, Worksheet(name: "BẢNG 1"), Worksheet(name: "")]
        #expect(Workbook(sheets: sheets, properties: Self.properties).problems == [
            "sheet name \"a/b\" may not contain \"/\"",
            "sheet name \"\(String(repeating: "x", count: 32))\" must have 1 to 31 characters",
            "sheet name \"'x\" may not start or end with an apostrophe",
            "sheet \"Bảng 1\": merged areas A1:A2 and A2:C2 overlap",
            "sheet name \"BẢNG 1\" is used twice",
            "sheet name \"\" must have 1 to 31 characters",
        ])
        #expect(throws: SpreadsheetError.self) { try Workbook(sheets: [], properties: Self.properties).archive() }
    }

    @Test func numbersAreExactDecimalTextOnly() {
        for good in ["0", "-4", "177065", "21.511", "-0.5", "123456789012345678901234567890.25"] {
            #expect(DecimalText(good)?.text == good)
        }
        for bad in ["", "-", ".5", "5.", "1e5", "21,5", "1.2.3", "--1", " 1", "NaN", "∞"] {
            #expect(DecimalText(bad) == nil, "\(bad)")
        }
    }

    @Test func columnsAreNamedLikeExcels() {
        #expect([1, 2, 26, 27, 52, 702, 703, 16384].map(CellReference.columnName) == ["A", "B", "Z", "AA", "AZ", "ZZ", "AAA", "XFD"])
        #expect(CellRange(rows: 4...5, columns: 3...10).a1 == "C4:J5")
        #expect(Worksheet(name: "it's").quotedName == "'it''s'")
    }
}
