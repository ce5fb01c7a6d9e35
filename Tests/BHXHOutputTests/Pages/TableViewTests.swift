import BHXHCore
import Testing
@testable import BHXHOutput

@Suite struct TableViewTests {
    /// A plan-like table: TT, the unit, then `years` groups of five columns.
    func table(years: Int) -> Table {
        let perYear = (0..<5).map { Column("C\($0)", .count) }
        return Table(title: "T", groups: [ColumnGroup(nil, [Column("TT", .text)]), ColumnGroup(nil, [Column("Tên", .text)])]
                     + (0..<years).map { ColumnGroup("Năm \(2026 + $0)", perYear) }, rows: [])
    }

    @Test func aTableThatFitsALandscapePagePrintsAtFullSize() {
        #expect(TableView(table(years: 2)).printScale == "")
        #expect(TableView(table(years: 3)).printScale == "")
    }

    @Test func aWiderTablePrintsSmallerInProportionToItsColumns() {
        // 2 + 5 × 5 = 27 columns → 20 / 27 = 0.74; 2 + 5 × 10 = 52 → 0.38.
        #expect(TableView(table(years: 5)).printScale == "0.74")
        #expect(TableView(table(years: 10)).printScale == "0.38")
        #expect(TableView(table(years: 50)).printScale == "0.07")
    }
}
