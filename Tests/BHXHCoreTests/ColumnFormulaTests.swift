import Foundation
import Testing
@testable import BHXHCore

/// Which columns each percentage of a table divides, as the tables compute them, so that a
/// spreadsheet can recompute them (docs/OUTPUT.md, "The computation", rule 7).
@Suite struct ColumnFormulaTests {
    let tree = Fixture.tree("BK province - Tỉnh Bắc Kạn", "D1 city BK TP. Bắc Kạn", "A agency BK BHXH tỉnh")

    func figures(_ layout: TableLayout = .standard, growthForm: GrowthForm = .increase, sideBySide: [SideBySideAppendix] = []) throws -> PlanFigures {
        let data = [
            Fixture.dataset(2018, .estimate, tree, ["D1": [.labourForce: 20845, .participants(.bhxhBB): 4484, .participants(.bhtn): 3696],
                                                   "A": [.participants(.bhxhBB): 4161, .participants(.bhtn): 2841]]),
            Fixture.dataset(2018, .actualThrough(month: 8), tree, ["D1": [.participants(.bhxhBB): 4466], "A": [.participants(.bhxhBB): 4161]]),
        ]
        let rates = TargetMethod.growth(rates: [2019: .d("1.5"), 2020: 2])
        var bb = Fixture.appendix(rates)
        bb.layout = layout
        var bhtn = Fixture.appendix(rates, scheme: .bhtn)
        bhtn.number = 2
        var plan = Fixture.plan(area: "BK", through: 8, appendices: [bb, bhtn])
        plan.growthForm = growthForm
        plan.sideBySide = sideBySide
        return try #require(Fixture.compute(plan, tree, data).0)
    }

    @Test func planPercentagesDivideTheirYearsParticipantsAndGrowthComparesWithTheYearBefore() throws {
        // TT, name | 2018: through 2, estimate 3, labour 4, % 5 | 2019: target 6, labour 7, % 8, growth 9 | 2020: 10, 11, 12, 13.
        let formulas = try figures().appendices[0].table().columns.map(\.formula)
        let expected: [ColumnFormula<Int>?] = [nil, nil, nil, nil, nil, .percent(part: 3, of: 4),
                                               nil, nil, .percent(part: 6, of: 7), .growth(current: 6, over: 3, form: .increase),
                                               nil, nil, .percent(part: 10, of: 11), .growth(current: 10, over: 6, form: .increase)]
        #expect(formulas == expected)
        let index = try figures(growthForm: .index).appendices[0].table().columns.map(\.formula)
        #expect(index[13] == .growth(current: 10, over: 6, form: .index))
    }

    @Test func aPercentageWhoseOperandIsHiddenHasNoFormula() throws {
        // Without the labour force, coverage cannot be recomputed; growth still can (base 2, target 4 …).
        let layout = TableLayout(hidden: [.denominator, .through])
        let columns = try figures(layout).appendices[0].table().columns
        #expect(columns.map(\.title) == ["TT", "Tên đơn vị", "Ước thực hiện năm 2018", "% so với lực lượng lao động",
                                         "Số người tham gia", "% so với lực lượng lao động", "Tốc độ tăng so với năm 2018 (%)",
                                         "Số người tham gia", "% so với lực lượng lao động", "Tốc độ tăng so với năm 2019 (%)"])
        #expect(columns.map(\.formula) == [nil, nil, nil, nil, nil, nil, .growth(current: 4, over: 2, form: .increase),
                                           nil, nil, .growth(current: 7, over: 4, form: .increase)])
    }

    @Test func sideBySideGrowthStaysInItsSchemesGroup() throws {
        let side = SideBySideAppendix(number: 3, title: "BIỂU CHI TIẾT", schemes: [.bhtn, .bhxhBB], position: 2)
        let table = try #require(try figures(sideBySide: [side]).sideBySide.first).table()
        // BHTN: base 2, 2019 3, growth 4, 2020 5, growth 6; BHXH bắt buộc: 7, 8, 9, 10, 11.
        #expect(table.columns.map(\.formula) == [nil, nil, nil, nil, .growth(current: 3, over: 2, form: .increase), nil,
                                                 .growth(current: 5, over: 3, form: .increase), nil, nil,
                                                 .growth(current: 8, over: 7, form: .increase), nil, .growth(current: 10, over: 8, form: .increase)])
    }
}
