import BHXHCore
import Foundation
import Spreadsheet
import Testing
import VietnameseFormat
@testable import BHXHOutput

/// An official table laid out as its sheet: merged titles and headings, numbers, formulas with
/// our figures cached, "-" for the unknown.
@Suite struct TableSheetTests {
    static let table = Table(
        title: "T",
        groups: [ColumnGroup(nil, [Column("TT", .text)]), ColumnGroup(nil, [Column("Tên đơn vị", .text)]),
                 ColumnGroup("Năm 2019", [Column("Số người", .count), Column("Lực lượng lao động", .count),
                                          Column("% so với lực lượng lao động", .percent, formula: .percent(part: 2, of: 3))])],
        rows: [
            TableRow(kind: .unit, unitCode: "A", cells: [.text("1"), .text("Huyện A"), .number(4484, decimals: 0), .number(20845, decimals: 0),
                                                         .number(ExactNumber(Decimal(string: "21.51115")!), decimals: 3)]),
            TableRow(kind: .agency, unitCode: "X", cells: [.text("2"), .text("=BHXH"), .number(4161, decimals: 0), .number(nil, decimals: 0),
                                                           .number(nil, decimals: 3)]),
            TableRow(kind: .total, unitCode: "P", cells: [.text(""), .text("Toàn tỉnh"), .number(8645, decimals: 0), .number(20845, decimals: 0),
                                                          .number(ExactNumber(Decimal(string: "41.4727")!), decimals: 3)]),
        ])

    static let sheet = TableSheet(table: DocumentTable(name: "Phụ lục 1", titleLines: ["PHỤ LỤC 1", "KẾ HOẠCH", "(Kèm theo …)"],
                                                       stem: "phu-luc-1", table: table, templateValue: .string(""))).worksheet

    /// The cell's value, a row formula as the formula it is on that row.
    func value(_ a1Row: Int, _ column: Int) -> CellValue {
        let value = Self.sheet.cell(at: CellReference(row: a1Row, column: column)).value
        guard case .rowFormula(let formula, let cached) = value else { return value }
        return .formula(Self.sheet.formulas[formula.index].text(row: a1Row), cached: cached)
    }

    @Test func aColumnsPercentagesShareOneRowFormula() {
        guard case .rowFormula(let first, _) = Self.sheet.cell(at: CellReference(row: 6, column: 5)).value,
              case .rowFormula(let total, _) = Self.sheet.cell(at: CellReference(row: 8, column: 5)).value else {
            Issue.record("the percentages are not row formulas")
            return
        }
        #expect(first == total && Self.sheet.formulas.count == 1)
        #expect(Self.sheet.formulas[0].pieces == ["ROUND(C", "/D", "*100,3)"])
    }

    @Test func titlesSpanTheTableAndHeadingsMergeAsOnThePage() {
        #expect(Self.sheet.name == "Phụ lục 1")
        #expect(value(1, 1) == .text("PHỤ LỤC 1") && value(3, 1) == .text("(Kèm theo …)"))
        #expect(Self.sheet.merges.map(\.a1) == ["A1:E1", "A2:E2", "A3:E3", "A4:A5", "B4:B5", "C4:E4"])
        #expect((1...5).map { value(4, $0) } == [.text("TT"), .text("Tên đơn vị"), .text("Năm 2019"), .empty, .empty])
        #expect((3...5).map { value(5, $0) } == [.text("Số người"), .text("Lực lượng lao động"), .text("% so với lực lượng lao động")])
        // Every cell of a merged heading carries the border.
        #expect(Self.sheet.style(at: CellReference(row: 5, column: 1))?.border == .thin)
        #expect(Self.sheet.frozenRows == 5 && Self.sheet.frozenColumns == 2)
        #expect(Self.sheet.printTitleRows == 4...5)
        #expect(Self.sheet.page.landscape && Self.sheet.page.paperSize == 9 && Self.sheet.page.fitToPage == FitToPage(width: 1, height: 0))
    }

    @Test func figuresAreNumbersPercentagesFormulasAndTheTotalASum() {
        #expect(value(6, 1) == .text("1"))
        #expect(value(6, 3) == .number(DecimalText("4484")!))
        // 4.484 ÷ 20.845 × 100 = 21,511… shown with the table's 3 decimals.
        #expect(value(6, 5) == .formula("ROUND(C6/D6*100,3)", cached: .number(DecimalText("21.511")!)))
        // The agency: no labour force, so no percentage and no formula.
        #expect(value(7, 2) == .text("=BHXH"))
        #expect(value(7, 4) == .text("-") && value(7, 5) == .text("-"))
        #expect(value(8, 3) == .formula("SUM(C6:C7)", cached: .number(DecimalText("8645")!)))
        #expect(value(8, 4) == .formula("SUM(D6:D7)", cached: .number(DecimalText("20845")!)))
        #expect(value(8, 5) == .formula("ROUND(C8/D8*100,3)", cached: .number(DecimalText("41.473")!)))
        let style = Self.sheet.style(at: CellReference(row: 8, column: 3))
        #expect(style?.font.bold == true && style?.numberFormat == "#,##0")
        #expect(Self.sheet.style(at: CellReference(row: 6, column: 5))?.numberFormat == "#,##0.000")
        #expect(Self.sheet.style(at: CellReference(row: 7, column: 3))?.font.italic == true)
    }

    @Test func columnsAreWideEnoughForTheirFiguresAndHeadingWords() {
        // TT at the narrowest 5; "Toàn tỉnh" 9 + 2; "8.645" 5 + 2 and "Lực lượng lao động" (a third of 18 is 6, "20.845" 6,
        // + 2) at the narrowest for figures, 9; "% so với lực lượng lao động": a third of 27 is 9 (more than "41,473"), + 2.
        #expect(Self.sheet.columnWidths == [50, 110, 90, 90, 110])
        #expect(SheetFit.lines("% so với lực lượng lao động", width: 10) == 3)
    }
}
