import Foundation
import Testing
import VietnameseFormat
@testable import BHXHCore

@Suite struct TableLayoutTests {
    let tree = Fixture.tree("BK province - Tỉnh Bắc Kạn", "D1 city BK TP. Bắc Kạn", "A agency BK BHXH tỉnh")

    func planTable(growthForm: GrowthForm = .increase) throws -> Table {
        let data = [
            Fixture.dataset(2018, .estimate, tree, ["D1": [.labourForce: 20845, .participants(.bhxhBB): 4484], "A": [.participants(.bhxhBB): 4161]]),
            Fixture.dataset(2018, .actualThrough(month: 8), tree, ["D1": [.participants(.bhxhBB): 4466], "A": [.participants(.bhxhBB): 4161]]),
        ]
        var plan = Fixture.plan(area: "BK", through: 8, appendices: [Fixture.appendix(.growth(rates: [2019: .d("1.5"), 2020: 2]))])
        plan.growthForm = growthForm
        return try #require(Fixture.compute(plan, tree, data).0?.appendices[0].table())
    }

    @Test func headingsFollowThePublishedTables() throws {
        let table = try planTable()
        #expect(table.groups.map(\.title) == [nil, nil, "Năm 2018", "Kế hoạch năm 2019", "Kế hoạch năm 2020"])
        #expect(table.groups[2].columns.map(\.title) == [
            "Số đã thực hiện đến tháng 8/2018", "Ước thực hiện năm 2018", "Lực lượng lao động", "% so với lực lượng lao động",
        ])
        #expect(table.groups[4].columns.map(\.title) == [
            "Số người tham gia", "Lực lượng lao động", "% so với lực lượng lao động", "Tốc độ tăng so với năm 2019 (%)",
        ])
        #expect(table.columns.count == 2 + 4 + 4 + 4)
    }

    @Test func rowsAreNumberedAndTheTotalIsNamedForTheArea() throws {
        let table = try planTable()
        #expect(table.rows.map(\.kind) == [.unit, .agency, .total])
        #expect(table.rows.map { $0.cells[0] } == [.text("1"), .text("2"), .text("")])
        #expect(table.rows.map { $0.cells[1] } == [.text("TP. Bắc Kạn"), .text("BHXH tỉnh"), .text("Toàn tỉnh")])
        #expect(table.rows[2].unitCode == "BK")
        // The agency has no labour force: unknown, never 0.
        #expect(table.rows[1].cells[4] == .number(nil, decimals: 0))
        #expect(table.rows[1].cells[5] == .number(nil, decimals: 2))
    }

    @Test func growthColumnsCanUseTheIndexForm() throws {
        let increase = try planTable(growthForm: .increase)
        let index = try planTable(growthForm: .index)
        guard case .number(let up?, _) = increase.rows[0].cells[9], case .number(let indexed?, _) = index.rows[0].cells[9] else {
            Issue.record("growth cells missing")
            return
        }
        #expect(indexed == up + 100)
        #expect(index.groups[3].columns[3].title == "Tốc độ phát triển so với năm 2018 (%)")
    }

    @Test func totalRowNameFollowsTheAreaKind() {
        #expect(UnitKind.province.wholeAreaName == "Toàn tỉnh")
        #expect(UnitKind.district.wholeAreaName == "Toàn huyện")
        #expect(UnitKind.city.wholeAreaName == "Toàn thành phố")
    }
}

@Suite struct TidyFiguresTests {
    @Test func planFiguresListBaseAndTargetsWithTheirStatus() throws {
        let tree = Fixture.tree("BK province -", "D1 district BK", "A agency BK")
        let data = [
            Fixture.dataset(2018, .estimate, tree, ["D1": [.labourForce: 1000, .participants(.bhxhBB): 100], "A": [.participants(.bhxhBB): 10]]),
            Fixture.dataset(2018, .actualThrough(month: 8), tree, ["D1": [.participants(.bhxhBB): 90], "A": [.participants(.bhxhBB): 10]]),
        ]
        let plan = Fixture.plan(area: "BK", through: 8, years: [2019], appendices: [Fixture.appendix(.growth(rates: [2019: 10]))])
        let figures = try #require(Fixture.compute(plan, tree, data).0)
        let tidy = TidyFigures.of(figures)
        let d1 = tidy.filter { $0.unitCode == "D1" }
        #expect(d1.map { "\($0.year) \($0.status) \($0.measure.rawValue)" } == [
            "2018 actual_through_08 participants", "2018 estimate participants", "2018 estimate labour_force",
            "2018 estimate coverage_pct", "2019 target participants", "2019 target labour_force",
            "2019 target coverage_pct", "2019 target growth_pct",
        ])
        // The agency has no labour force or coverage rows at all.
        #expect(!tidy.contains { $0.unitCode == "A" && ($0.measure == .labourForce || $0.measure == .coveragePct) })
        let total = tidy.filter { $0.unitCode == "BK" }
        #expect(total.first?.unitName == "Toàn tỉnh")
        // 100 × 1.1 + 10 × 1.1 = 110 + 11.
        #expect(total.first { $0.year == 2019 && $0.measure == .participants }?.value == 121)
    }
}
