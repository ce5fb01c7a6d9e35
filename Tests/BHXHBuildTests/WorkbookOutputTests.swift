import BHXHOutput
import Foundation
import Testing
import ZipReading

/// The example's workbooks: one per plan and report, a sheet per table in document order and
/// "Số liệu", linked from the page, its figures those of the CSV.
@Suite struct WorkbookOutputTests {
    /// The parts of every workbook of the example built with `formats`, by the workbook's path.
    func workbooks(_ formats: Set<OutputFormat> = Set(OutputFormat.allCases)) throws -> (pages: [String: String], books: [String: [String: String]]) {
        var pages: [String: String] = [:]
        var books: [String: [String: String]] = [:]
        for (path, bytes) in try FormatChoiceTests.files(formats) {
            if path.hasSuffix(".html") { pages[path] = String(decoding: bytes, as: UTF8.self) }
            guard path.hasSuffix(".xlsx") else { continue }
            var parts: [String: String] = [:]
            for file in try ZipReader([UInt8](bytes)).files() { parts[file.name] = String(decoding: file.contents, as: UTF8.self) }
            books[path] = parts
        }
        return (pages, books)
    }

    @Test func eachDocumentHasAWorkbookOfItsTablesAndFiguresLinkedFromItsPage() throws {
        let (pages, books) = try workbooks()
        #expect(books.keys.sorted() == ["plans/bac-kan-2019-2020/bac-kan-2019-2020.xlsx", "reports/bac-kan-2019/bac-kan-2019.xlsx"])
        let plan = try #require(books["plans/bac-kan-2019-2020/bac-kan-2019-2020.xlsx"]?["xl/workbook.xml"])
        #expect(plan.contains(#"<sheets><sheet name="Phụ lục 1" sheetId="1" r:id="rId1"/><sheet name="Phụ lục 2" sheetId="2" r:id="rId2"/><sheet name="Phụ lục 3" sheetId="3" r:id="rId3"/><sheet name="Số liệu" sheetId="4" r:id="rId4"/></sheets>"#))
        let report = try #require(books["reports/bac-kan-2019/bac-kan-2019.xlsx"]?["xl/workbook.xml"])
        #expect(report.contains(#"<sheet name="Bảng 3" sheetId="3" r:id="rId3"/><sheet name="Số liệu" sheetId="4" r:id="rId4"/>"#))
        let page = try #require(pages["plans/bac-kan-2019-2020/index.html"])
        #expect(page.contains(#"<a href="phu-luc-3.csv">Phụ lục 3 (CSV)</a>, <a href="bac-kan-2019-2020.docx">văn bản (Word)</a>, <a href="bac-kan-2019-2020.xlsx">bảng tính (Excel)</a></p>"#))
        let core = try #require(books["plans/bac-kan-2019-2020/bac-kan-2019-2020.xlsx"]?["docProps/core.xml"])
        #expect(core.contains("<dc:creator>ỦY BAN NHÂN DÂN TỈNH BẮC KẠN</dc:creator>"))
        #expect(core.contains(#"<dcterms:created xsi:type="dcterms:W3CDTF">2018-09-26T00:00:00Z</dcterms:created>"#))
    }

    @Test func theAppendixSheetHoldsTheFiguresOfItsCSV() throws {
        let part = try #require(try workbooks([.xlsx]).books["plans/bac-kan-2019-2020/bac-kan-2019-2020.xlsx"]?["xl/worksheets/sheet1.xml"])
        let cells = SheetCells.read(part)
        // Row 6 is Thành phố Bắc Kạn (as in phu-luc-1.csv: 4466, 4484, 20845, 21.511, 4551, …); row 14 BHXH tỉnh; 15 the total.
        #expect(cells["C6"] == "<v>4466</v>")
        #expect(cells["D6"] == "<v>4484</v>")
        #expect(cells["E6"] == "<v>20845</v>")
        // The column's percentages of the communes, rows 6 to 13, are one shared formula.
        #expect(cells["F6"] == #"<f t="shared" ref="F6:F13" si="0">ROUND(D6/E6*100,3)</f><v>21.511</v>"#)
        #expect(cells["F7"]?.hasPrefix(#"<f t="shared" si="0"/><v>"#) == true)
        #expect(cells["C15"] == "<f>SUM(C6:C14)</f><v>23223</v>")
        #expect(cells["F15"] == "<f>ROUND(D15/E15*100,3)</f><v>13.164</v>")
        #expect(part.contains(#"<mergeCell ref="C4:F4"/>"#))
    }
}
