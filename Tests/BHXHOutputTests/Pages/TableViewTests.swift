import BHXHCore
import Foundation
import TemplateEngine
import Testing
import VietnameseFormat
@testable import BHXHOutput

@Suite struct TableViewTests {
    /// A plan-like table: TT, the unit, then `years` groups of `perYear` columns, with one unit
    /// row whose every number is `figure`.
    func table(years: Int, perYear: Int = 5, figure: ExactNumber = 12345) -> Table {
        let columns = (0..<perYear).map { Column("C\($0)", .count) }
        return Table(title: "T", groups: [ColumnGroup(nil, [Column("TT", .text)]), ColumnGroup(nil, [Column("Tên", .text)])]
                     + (0..<years).map { ColumnGroup("Năm \(2026 + $0)", columns) },
                     rows: [TableRow(kind: .unit, unitCode: "A", cells: [.text("1"), .text("Xã A")]
                                     + Array(repeating: .number(figure, decimals: 0), count: years * perYear))])
    }

    // Widths (TextMeasure, in em): "12.345" is 5 digits × 0,5 + "." 0,28 = 2,78, with 0,6 of
    // padding 3,38; "1.234" 2,28 + 0,6 = 2,88; TT's heading "TT" 1,4 × 1,1 (bold) + 0,6 = 2,14;
    // the name's cell "Xã A" 0,7 + 0,48 + 0,25 + 0,7 + 0,6 = 2,73. TT and the name: 4,87 em.
    // A table fits at 728 pt − (columns + 1) × 0,75 pt of borders ÷ (its width × 1,08).

    @Test func aTableThatFitsALandscapePagePrintsWholeAtFullSize() {
        // 3 × 5 columns of "12.345": 50,7 + 4,87 = 55,57 em → 60,02; 714,5 / 60,02 = 11,9 → 11 pt.
        let view = TableView(table(years: 3))
        #expect(view.printSize == "11pt" && view.parts.isEmpty)
        // 4 × 4 of "1.234": 46,08 + 4,87 = 50,95 → 55,03; 713,75 / 55,03 = 12,97 → 11 pt.
        #expect(TableView(table(years: 4, perYear: 4, figure: 1234)).printSize == "11pt")
    }

    @Test func aWiderTableScalesItselfDownToNinePoints() {
        // 5 × 4 of "1.234": 57,6 + 4,87 = 62,47 → 67,47; 710,75 / 67,47 = 10,53 → 10,5 pt.
        let scaled = TableView(table(years: 5, perYear: 4, figure: 1234))
        #expect(scaled.printSize == "10.5pt" && scaled.parts.isEmpty)
        // 4 × 5 of "12.345": 67,6 + 4,87 = 72,47 → 78,27; 710,75 / 78,27 = 9,08 → 9 pt, still whole.
        let fourYears = TableView(table(years: 4))
        #expect(fourYears.printSize == "9pt" && fourYears.parts.isEmpty)
    }

    @Test func beyondNinePointsTheYearGroupsSplitOverPartsThatRepeatTTAndTheName() throws {
        // 5 × 5 of "12.345": 84,5 + 4,87 = 89,37 → 96,52; 707 / 96,52 = 7,3 pt: too small, so the five
        // year groups go in 2 parts, the longer first (3 + 2): 55,57 em → 11 pt.
        let view = TableView(table(years: 5))
        #expect(view.parts.count == 2)
        let first = try #require(view.parts.first)
        let second = try #require(view.parts.last)
        #expect(first.headingRows[0].map(\.text) == ["TT", "Tên", "Năm 2026", "Năm 2027", "Năm 2028"])
        #expect(second.headingRows[0].map(\.text) == ["TT", "Tên", "Năm 2029", "Năm 2030"])
        #expect(first.rows[0].cells.map(\.text).prefix(3) == ["1", "Xã A", "12.345"])
        #expect(second.rows[0].cells.count == 2 + 2 * 5 && second.rows[0].cells[1].isRowHeading)
        #expect(first.printSize == "11pt" && second.printSize == "11pt")
        #expect(first.caption == "T" && second.caption == "T (tiếp theo)")
        // The whole table is still there for CSV and Markdown.
        #expect(view.columnTitles.count == 27 && view.rows[0].cells.count == 27)
    }

    @Test func aVeryWideTableSplitsIntoAsManyPartsAsItNeedsNeverBelowNinePoints() {
        // A year group is 5 × 3,38 = 16,9 em; a part holds n groups while (4,87 + 16,9 n) × 1,08 × 9
        // ≤ 728 − (3 + 5 n) × 0,75: n = 4 gives 704,4 ≤ 710,75, n = 5 does not. Ten groups: 4 + 3 + 3,
        // all at the size of the widest part, 710,75 / 78,27 = 9,08 → 9 pt.
        let view = TableView(table(years: 10))
        #expect(view.parts.map { $0.headingRows[0].count - 2 } == [4, 3, 3])
        #expect(view.parts.map(\.printSize) == ["9pt", "9pt", "9pt"])
    }

    /// The object `value` is, or nil.
    func object(_ value: TemplateValue?) -> TemplateObject? {
        if case .object(let object) = value { return object }
        return nil
    }

    /// The text `value` is, or nil.
    func text(_ value: TemplateValue) -> String? {
        if case .string(let text) = value { return text }
        return nil
    }

    /// The elements of the list `value`, or none.
    func list(_ value: TemplateValue?) -> [TemplateValue] {
        if case .array(let elements) = value { return elements }
        return []
    }

    /// The cells of the first row of `table` (an object with `rows`).
    func firstRowCells(_ table: TemplateObject?) -> [TemplateObject?] {
        list(object(list(table?["rows"]).first)?["cells"]).map(object)
    }

    @Test func thePartsOfASplitTableShareTheWholeTablesCellObjects() throws {
        // The 5-year table prints in parts of 3 and 2 years (see above): the second part shows the
        // whole table's columns 0, 1 and 17–26.
        let value = object(TableView(table(years: 5)).templateValue)
        let whole = firstRowCells(value)
        let parts = list(value?["printParts"]).map { firstRowCells(object($0)) }
        #expect(whole.count == 27 && parts.map(\.count) == [17, 12])
        let second = try #require(parts.last)
        #expect(second[0] === whole[0] && second[1] === whole[1] && second[2] === whole[17] && second[11] === whole[26])
        if case .bool(let heading) = second[1]?["isRowHeading"] { #expect(heading) } else { Issue.record("no isRowHeading") }
        #expect(second[2]?["text"].flatMap(text) == "12.345")
    }

    @Test func aPartsCellWhosePositionMakesItTheTTOrTheRowHeadingIsItsOwn() throws {
        // No leading columns: ten groups of a text column and four numbers split in parts of 4, 3
        // and 3 groups, so the second part starts at the whole table's column 20, a note ("name",
        // not a row heading) that is the part's TT; its first two cells are its own, from the third on
        // they are the whole table's.
        let columns = [Column("Ghi chú", .text)] + (0..<4).map { Column("C\($0)", .count) }
        let groups = (0..<10).map { ColumnGroup("Năm \(2026 + $0)", columns) }
        let cells = (0..<10).flatMap { _ in [Cell.text("x")] + Array(repeating: .number(12345, decimals: 0), count: 4) }
        let view = TableView(Table(title: "T", groups: groups, rows: [TableRow(kind: .unit, unitCode: "A", cells: cells)]))
        try #require(view.parts.count > 1 && view.parts[1].wholeColumns.first == view.parts[0].wholeColumns.count)
        let start = view.parts[0].wholeColumns.count
        let value = object(view.templateValue)
        let whole = firstRowCells(value)
        let second = firstRowCells(object(list(value?["printParts"])[1]))
        #expect(whole[start]?["kind"].flatMap(text) == "name" && second[0]?["kind"].flatMap(text) == "tt")
        #expect(second[0] !== whole[start] && second[1] !== whole[start + 1] && second[2] === whole[start + 2])
        #expect(second[1]?["text"].flatMap(text) == "12.345")
        #expect(second[5]?["kind"].flatMap(text) == "name" && second[5] === whole[start + 5])
    }

    @Test func evenRunsAreLongerFirst() {
        #expect(TablePrintLayout.even([1, 2, 3, 4, 5], into: 2) == [[1, 2, 3], [4, 5]])
        #expect(TablePrintLayout.even([1, 2, 3], into: 3) == [[1], [2], [3]])
        #expect(TablePrintLayout.size(ems: 0, columns: 0) == 110)
    }
}
