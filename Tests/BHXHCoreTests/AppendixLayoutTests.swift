import Foundation
import Testing
import VietnameseFormat
@testable import BHXHCore

/// Tables as the seeds lay them out: hidden columns, headings in the plan's words, schemes side by side.
@Suite struct AppendixLayoutTests {
    let tree = Fixture.tree("BK province - Tỉnh Bắc Kạn", "D1 city BK TP. Bắc Kạn", "A agency BK BHXH tỉnh")
    var data: [Dataset] {
        [Fixture.dataset(2018, .estimate, tree, [
            "D1": [.labourForce: 20845, .participants(.bhxhBB): 4484, .participants(.bhtn): 3696],
            "A": [.participants(.bhxhBB): 4161, .participants(.bhtn): 2841],
        ])]
    }

    /// A plan for 2019–2020 with a compulsory appendix (1,5% then 2%) laid out as `layout`, and
    /// an unemployment one (the same rates), and `sideBySide`.
    func figures(_ layout: TableLayout = .standard, sideBySide: [SideBySideAppendix] = []) throws -> PlanFigures {
        let rates = TargetMethod.growth(rates: [2019: .d("1.5"), 2020: 2])
        var bb = Fixture.appendix(rates)
        bb.layout = layout
        var bhtn = Fixture.appendix(rates, scheme: .bhtn)
        bhtn.number = 2
        var plan = Fixture.plan(area: "BK", appendices: [bb, bhtn])
        plan.sideBySide = sideBySide
        return try #require(Fixture.compute(plan, tree, data).0)
    }

    @Test func hiddenColumnsLeaveTheTableAndFiguresCSVAndHeadingsTakeThePlansWords() throws {
        let layout = TableLayout(hidden: [.denominator, .coverage],
                                 headings: [.growth: "Tốc độ phát triển (%)", .participants: "Số người năm {year}"])
        let plan = try figures(layout)
        let table = plan.appendices[0].table()
        #expect(table.groups.map(\.title) == [nil, nil, "Năm 2018", "Kế hoạch năm 2019", "Kế hoạch năm 2020"])
        #expect(table.groups[2].columns.map(\.title) == ["Ước thực hiện năm 2018"])
        #expect(table.groups[3].columns.map(\.title) == ["Số người năm 2019", "Tốc độ phát triển (%)"])
        #expect(table.groups[4].columns.map(\.title) == ["Số người năm 2020", "Tốc độ phát triển (%)"])
        // TP. Bắc Kạn: 4.484; 4.484 × 1,015 = 4.551,26 → 4.551 (+1,49%); 4.551 × 1,02 = 4.642,02 → 4.642 (+2,00%).
        #expect(table.rows[0].cells.count == 7)
        #expect(Array(table.rows[0].cells.prefix(4)) == [.text("1"), .text("TP. Bắc Kạn"), .number(4484, decimals: 0), .number(4551, decimals: 0)])
        #expect(table.rows[0].cells[5] == .number(4642, decimals: 0))
        guard case .number(let first?, 2) = table.rows[0].cells[4], case .number(let second?, 2) = table.rows[0].cells[6] else {
            Issue.record("growth cells missing")
            return
        }
        #expect(first > .d("1.4942") && first < .d("1.4943"))
        #expect(second > .d("1.9995") && second < .d("1.9996"))
        // The total is the sum of the rows shown: 4.484 + 4.161; 4.551 + 4.223 (4.161 × 1,015 = 4.223,4).
        #expect(table.rows[2].cells[2] == .number(8645, decimals: 0))
        #expect(table.rows[2].cells[3] == .number(8774, decimals: 0))
        let tidy = TidyFigures.of(plan).filter { $0.scheme == .bhxhBB }
        #expect(!tidy.contains { $0.measure == .labourForce || $0.measure == .coveragePct })
        #expect(tidy.filter { $0.measure == .participants }.count == 9)
        #expect(tidy.filter { $0.measure == .growthPct }.count == 6)
        // The other appendix keeps its columns.
        #expect(TidyFigures.of(plan).contains { $0.scheme == .bhtn && $0.measure == .labourForce })
    }

    @Test func theStandardLayoutIsTheTableAsBefore() throws {
        let table = try figures().appendices[0].table()
        #expect(table.columns.map(\.title) == ["TT", "Tên đơn vị", "Ước thực hiện năm 2018", "Lực lượng lao động", "% so với lực lượng lao động",
                                               "Số người tham gia", "Lực lượng lao động", "% so với lực lượng lao động", "Tốc độ tăng so với năm 2018 (%)",
                                               "Số người tham gia", "Lực lượng lao động", "% so với lực lượng lao động", "Tốc độ tăng so với năm 2019 (%)"])
    }

    @Test func aSideBySideTableHasAGroupPerSchemeAndTheTotalsOfTheirAppendices() throws {
        let side = SideBySideAppendix(number: 3, title: "BIỂU CHI TIẾT", schemes: [.bhtn, .bhxhBB], position: 2)
        let plan = try figures(sideBySide: [side])
        let table = try #require(plan.sideBySide.first).table()
        #expect(table.title == "BIỂU CHI TIẾT")
        #expect(table.groups.map(\.title) == [nil, nil, "BHTN", "BHXH bắt buộc"])
        #expect(table.groups[2].columns.map(\.title) == ["Ước thực hiện năm 2018", "Kế hoạch năm 2019", "Tốc độ tăng so với năm 2018 (%)",
                                                         "Kế hoạch năm 2020", "Tốc độ tăng so với năm 2019 (%)"])
        #expect(table.rows.map(\.kind) == [.unit, .agency, .total])
        func counts(_ row: Int) -> [ExactNumber?] {
            table.rows[row].cells.enumerated().compactMap { index, cell in
                guard case .number(let value, 0) = cell, [2, 3, 5, 7, 8, 10].contains(index) else { return nil }
                return value
            }
        }
        // BHTN: 3.696 → 3.751 (3.751,44) → 3.826 (3.826,02); BHXH tỉnh 2.841 → 2.884 (2.883,615) → 2.942 (2.941,68);
        // BHXH bắt buộc: 4.484 → 4.551 → 4.642 and 4.161 → 4.223 (4.223,415) → 4.307 (4.307,46).
        #expect(counts(0) == [3696, 3751, 3826, 4484, 4551, 4642])
        #expect(counts(1) == [2841, 2884, 2942, 4161, 4223, 4307])
        // Every total is the sum of the rows shown.
        #expect(counts(2) == [6537, 6635, 6768, 8645, 8774, 8949])
        // Growth with the appendix's two decimals: 3.751 ÷ 3.696 − 1 = 1,488…%.
        guard case .number(let growth?, let decimals) = table.rows[0].cells[4] else { Issue.record("no growth"); return }
        #expect(decimals == 2)
        #expect(growth > .d("1.488") && growth < .d("1.489"))
        // In document order, after the two appendices.
        #expect(plan.printedAppendices.map(\.number) == [1, 2, 3])
        #expect(plan.printedAppendices.map(\.schemeName) == ["BHXH bắt buộc", "BHTN", "BHTN, BHXH bắt buộc"])
    }

    @Test func aSideBySideTableHidesAndRenamesItsColumns() throws {
        let layout = TableLayout(hidden: [.growth], headings: [.participants: "KH {year}", .base: "TH {year}"])
        let side = SideBySideAppendix(number: 3, title: "B", schemes: [.bhxhBB, .bhtn], layout: layout, position: 0)
        let plan = try figures(sideBySide: [side])
        let table = try #require(plan.sideBySide.first).table()
        #expect(table.columns.map(\.title) == ["TT", "Tên đơn vị", "TH 2018", "KH 2019", "KH 2020", "TH 2018", "KH 2019", "KH 2020"])
        #expect(Array(table.rows[2].cells.dropFirst(2)) == [8645, 8774, 8949, 6537, 6635, 6768].map { Cell.number($0, decimals: 0) })
        #expect(plan.printedAppendices.map(\.number) == [3, 1, 2])
    }

    /// Seed 004: Lạng Sơn states only its own figures for 2021, one row per scheme's group and no total row.
    @Test func aOneUnitAreaSideBySideIsOneRow() throws {
        let tree = Fixture.tree("LS province - Tỉnh Lạng Sơn")
        let data = [Fixture.dataset(2020, .estimate, tree, ["LS": [.participants(.bhxhBB): 53320, .participants(.bhtn): 43196]])]
        let bb = Fixture.appendix(.values(["LS": [2021: 55112]]))
        var bhtn = Fixture.appendix(.values(["LS": [2021: 45101]]), scheme: .bhtn)
        bhtn.number = 2
        var plan = Fixture.plan(area: "LS", base: 2020, years: [2021], appendices: [bb, bhtn])
        plan.sideBySide = [SideBySideAppendix(number: 3, title: "BIỂU CHI TIẾT", schemes: [.bhxhBB, .bhtn],
                                              layout: TableLayout(headings: [.growth: "Tốc độ phát triển (%)"]), position: 2)]
        let table = try #require(Fixture.compute(plan, tree, data).0?.sideBySide.first).table()
        #expect(table.columns.map(\.title) == ["TT", "Tên đơn vị", "Ước thực hiện năm 2020", "Kế hoạch năm 2021", "Tốc độ phát triển (%)",
                                               "Ước thực hiện năm 2020", "Kế hoạch năm 2021", "Tốc độ phát triển (%)"])
        #expect(table.rows.count == 1)
        #expect(table.rows[0].kind == .unit)
        #expect(Array(table.rows[0].cells.prefix(4)) == [.text("1"), .text("Tỉnh Lạng Sơn"), .number(53320, decimals: 0), .number(55112, decimals: 0)])
        // 55.112 ÷ 53.320 − 1 = 3,36%; 45.101 ÷ 43.196 − 1 = 4,41% (the seed's growth rates).
        guard case .number(let bbGrowth?, 2) = table.rows[0].cells[4], case .number(let bhtnGrowth?, 2) = table.rows[0].cells[7] else {
            Issue.record("growth cells missing")
            return
        }
        #expect(bbGrowth > .d("3.3608") && bbGrowth < .d("3.3609"))
        #expect(bhtnGrowth > .d("4.4101") && bhtnGrowth < .d("4.4102"))
    }
}
