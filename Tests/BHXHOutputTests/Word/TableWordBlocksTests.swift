import BHXHCore
import Foundation
import Testing
import VietnameseFormat
import WordDocument
@testable import BHXHOutput

@Suite struct TableWordBlocksTests {
    /// TT and the unit, then one group "Năm 2019" of a count and a percentage; a unit, an agency
    /// and the total.
    let table = Table(title: "Bảng", groups: [
        ColumnGroup(nil, [Column("TT", .text)]), ColumnGroup(nil, [Column("Tên đơn vị", .text)]),
        ColumnGroup("Năm 2019", [Column("Số người", .count), Column("Tỷ lệ (%)", .percent)]),
    ], rows: [
        TableRow(kind: .unit, unitCode: "A", cells: [.text("1"), .text("Xã A"), .number(1234567, decimals: 0), .number(ExactNumber(Decimal(string: "21.5")!), decimals: 2)]),
        TableRow(kind: .agency, unitCode: "B", cells: [.text("2"), .text("BHXH tỉnh"), .number(nil, decimals: 0), .number(nil, decimals: 2)]),
        TableRow(kind: .total, unitCode: "T", cells: [.text(""), .text("Toàn tỉnh"), .number(1234567, decimals: 0), .number(ExactNumber(Decimal(string: "21.5")!), decimals: 2)]),
    ])

    private func texts(_ row: WordTableRow) -> [String] { row.cells.map { $0.paragraphs.map(\.text).joined() } }

    @Test func headingsMergeAsTheHTMLsColspanAndRowspanAndRepeat() throws {
        let word = TableWordBlocks(textWidth: 14570).table(TableView(table))
        #expect(word.rows.prefix(2).allSatisfy(\.isHeader) && !word.rows[2].isHeader)
        let top = word.rows[0].cells
        #expect(texts(word.rows[0]) == ["TT", "Tên đơn vị", "Năm 2019"])
        #expect(top.map(\.columnSpan) == [1, 1, 2])
        #expect(top.map(\.verticalMerge) == [.restart, .restart, nil])
        let bottom = word.rows[1].cells
        #expect(texts(word.rows[1]) == ["", "", "Số người", "Tỷ lệ (%)"])
        #expect(bottom.map(\.verticalMerge) == [.continue, .continue, nil, nil])
        #expect(word.columnWidths.count == 4)
    }

    @Test func numbersAreRightAlignedInVietnameseFormUnknownIsADashTotalIsBold() {
        let word = TableWordBlocks(textWidth: 14570).table(TableView(table))
        #expect(texts(word.rows[2]) == ["1", "Xã A", "1.234.567", "21,50"])
        #expect(texts(word.rows[3]) == ["2", "BHXH tỉnh", "-", "-"])
        #expect(word.rows[2].cells.map { $0.paragraphs[0].style } == ["TableOrder", "TableText", "TableNumber", "TableNumber"])
        let total = word.rows[4].cells.flatMap { $0.paragraphs.flatMap(\.runs) }
        #expect(!total.isEmpty && total.allSatisfy { $0.format.bold == true })
        #expect(word.rows[2].cells.flatMap { $0.paragraphs.flatMap(\.runs) }.allSatisfy { $0.format.bold == nil })
        // The agency's name is in italics, as in the HTML; its figures are not.
        #expect(word.rows[3].cells[1].paragraphs[0].runs[0].format.italic == true)
        #expect(word.rows[3].cells[2].paragraphs[0].runs[0].format.italic == nil)
    }

    @Test func widthsFillThePageAndNeverExceedIt() {
        let narrow = TableWordBlocks(textWidth: 2000).table(TableView(table))
        #expect(narrow.columnWidths.reduce(0, +) <= 2000 && narrow.columnWidths.reduce(0, +) > 1990)
        let wide = TableWordBlocks(textWidth: 14570).table(TableView(table)).columnWidths
        #expect(wide.reduce(0, +) <= 14570 && wide.reduce(0, +) > 14560)
        // The spare room goes to every column alike: the differences of the estimate remain.
        let estimate = TableView(table).columnEms.map { $0 * 110 * 2 * 1.15 }
        #expect(abs(Double(wide[1] - wide[0]) - (estimate[1] - estimate[0])) <= 1)
    }

    @Test func aTableWithoutGroupsHasOneHeadingRow() {
        let flat = Table(title: "T", groups: [ColumnGroup(nil, [Column("TT", .text)]), ColumnGroup(nil, [Column("Số", .count)])],
                         rows: [TableRow(kind: .unit, unitCode: "A", cells: [.text("1"), .number(5, decimals: 0)])])
        let word = TableWordBlocks(textWidth: 14570).table(TableView(flat))
        #expect(word.rows.map(\.isHeader) == [true, false])
        #expect(word.rows[0].cells.allSatisfy { $0.verticalMerge == nil })
    }

    @Test func aTableInPartsGivesOneWordTablePerPartEachLaterOneOnANewPageUnderItsCaption() {
        let columns = (0..<5).map { Column("C\($0)", .count) }
        let wide = Table(title: "T", groups: [ColumnGroup(nil, [Column("TT", .text)]), ColumnGroup(nil, [Column("Tên", .text)])]
                         + (0..<5).map { ColumnGroup("Năm \(2026 + $0)", columns) },
                         rows: [TableRow(kind: .unit, unitCode: "A", cells: [.text("1"), .text("Xã A")]
                                         + Array(repeating: .number(12345, decimals: 0), count: 25))])
        let blocks = TableWordBlocks(textWidth: 14570).blocks(TableView(wide))
        #expect(blocks.count == 3)
        guard case .paragraph(let caption) = blocks[1], case .table(let second) = blocks[2] else { Issue.record("no parts"); return }
        #expect(caption.text == "T (tiếp theo)" && caption.format.pageBreakBefore == true)
        #expect(texts(second.rows[0]) == ["TT", "Tên", "Năm 2029", "Năm 2030"])
    }
}

@Suite struct SizedTableStylesTests {
    @Test func aTableSetSmallerTakesTheVariantsOfTheTableStylesAtItsSize() {
        // Four years of five "12.345" columns print at 9 pt (see TableViewTests).
        let columns = (0..<5).map { Column("C\($0)", .count) }
        let table = Table(title: "T", groups: [ColumnGroup(nil, [Column("TT", .text)]), ColumnGroup(nil, [Column("Tên", .text)])]
                          + (0..<4).map { ColumnGroup("Năm \(2026 + $0)", columns) },
                          rows: [TableRow(kind: .unit, unitCode: "A", cells: [.text("1"), .text("Xã A")]
                                          + Array(repeating: .number(12345, decimals: 0), count: 20))])
        let word = TableWordBlocks(textWidth: 14570).table(TableView(table))
        #expect(word.rows[0].cells[0].paragraphs[0].style == "TableHeading90")
        #expect(word.rows[2].cells.prefix(3).map { $0.paragraphs[0].style } == ["TableOrder90", "TableText90", "TableNumber90"])
        #expect(word.rows[2].cells.allSatisfy { $0.paragraphs[0].runs.allSatisfy { $0.format.halfPoints == nil } })
    }

    @Test func variantsAreBasedOnTheirStyleAndDifferOnlyInSize() {
        let variants = OfficialStyles.variants(95)
        #expect(variants.map(\.id) == ["TableText95", "TableHeading95", "TableNumber95", "TableOrder95"])
        #expect(variants.map(\.name) == ["Table text 9,5 pt", "Table heading 9,5 pt", "Table number 9,5 pt", "Table order 9,5 pt"])
        #expect(variants.allSatisfy { $0.run == WordRunFormat(halfPoints: 19) && $0.paragraph == WordParagraphFormat() })
        #expect(variants.map(\.basedOn) == ["TableText", "TableHeading", "TableNumber", "TableOrder"])
        #expect(OfficialStyles.variants(110).isEmpty && OfficialStyles.sized("TableText", 110) == "TableText")
    }
}
