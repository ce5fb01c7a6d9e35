import Foundation
import Testing
import VietnameseFormat
@testable import BHXHCore

@Suite struct PlanCalculatorTests {
    let tree = Fixture.tree("P province -", "D1 district P Huyện Một", "D2 district P Huyện Hai", "A agency P BHXH tỉnh",
                            "Q province -", "E1 district Q")

    func baseData(through: Bool = false) -> [Dataset] {
        var sets = [Fixture.dataset(2018, .estimate, tree, [
            "D1": [.labourForce: 20845, .participants(.bhxhBB): 4484],
            "D2": [.labourForce: 29849, .participants(.bhxhBB): 3621],
            "A": [.participants(.bhxhBB): 4161],
        ])]
        if through {
            sets.append(Fixture.dataset(2018, .actualThrough(month: 8), tree, [
                "D1": [.participants(.bhxhBB): 4466], "D2": [.participants(.bhxhBB): 3607], "A": [.participants(.bhxhBB): 4161],
            ]))
        }
        return sets
    }

    @Test func rowsAreTheChildrenOfTheAreaInOrderAndTheTotalIsTheArea() throws {
        let plan = Fixture.plan(appendices: [Fixture.appendix(.growth(rates: [2019: 1, 2020: 1]))])
        let figures = try #require(Fixture.compute(plan, tree, baseData()).0)
        #expect(figures.appendices[0].rows.map(\.unit.code) == ["D1", "D2", "A"])
        #expect(figures.appendices[0].total.unit.code == "P")
        #expect(figures.appendices[0].total.isTotal)
    }

    @Test func growthBuildsEachYearOnThePreviousRoundedYear() throws {
        let plan = Fixture.plan(through: 8, appendices: [Fixture.appendix(
            .growth(rates: [2019: .d("1.5"), 2020: 2]),
            overrides: [(code: "A", rule: TargetRule(.growth(rates: [2019: 0, 2020: 0])))])])
        let (figures, problems) = Fixture.compute(plan, tree, baseData(through: true))
        #expect(problems.isEmpty)
        let table = try #require(figures?.appendices[0])
        // 4484 × 1.015 = 4551.26 → 4551; 4551 × 1.02 = 4642.02 → 4642 (seed 000, TP Bắc Kạn).
        #expect(table.rows[0].targetValues == [4551, 4642])
        // 3621 × 1.015 = 3675.315 → 3675 (the published 3676 is not what 1,5% gives).
        #expect(table.rows[1].targetValues == [3675, 3749])
        // The agency is held flat.
        #expect(table.rows[2].targetValues == [4161, 4161])
        #expect(table.rows[0].throughMonth == 4466)
        #expect(table.throughStatus == .actualThrough(month: 8))
        #expect(table.rows[0].base.status == .estimate)
    }

    @Test func totalRowSumsTheRowsShown() throws {
        let plan = Fixture.plan(through: 8, appendices: [Fixture.appendix(.growth(rates: [2019: .d("1.5"), 2020: 2]))])
        let table = try #require(Fixture.compute(plan, tree, baseData(through: true)).0?.appendices[0])
        for position in 0..<2 {
            #expect(table.total.targets[position].participants == table.rows.compactMap { $0.targets[position].participants }.reduce(0, +))
        }
        #expect(table.total.base.participants == ExactNumber(4484 + 3621 + 4161))
        #expect(table.total.throughMonth == ExactNumber(4466 + 3607 + 4161))
    }

    @Test func totalCoverageDividesByTheLabourForceOfNonAgencyRows() throws {
        let plan = Fixture.plan(appendices: [Fixture.appendix(.growth(rates: [2019: 0, 2020: 0]))])
        let table = try #require(Fixture.compute(plan, tree, baseData()).0?.appendices[0])
        #expect(table.total.base.denominator == ExactNumber(20845 + 29849))
        // 12266 ÷ 50694 × 100 = 24,1961573361739061…, to 15 decimals.
        #expect(table.total.base.coverage?.roundedHalfUp(places: 15) == .d("24.196157336173906"))
        #expect(table.rows[2].base.coverage == nil)
        #expect(table.rows[2].base.denominator == nil)
    }

    @Test func totalGrowthComparesWithThePreviousTotal() throws {
        let plan = Fixture.plan(appendices: [Fixture.appendix(.growth(rates: [2019: 10, 2020: 10]))])
        let table = try #require(Fixture.compute(plan, tree, baseData()).0?.appendices[0])
        let total = table.total
        #expect(total.targets[0].growth == Ratios.growth(total.targets[0].participants, over: total.base.participants))
        #expect(total.targets[1].growth == Ratios.growth(total.targets[1].participants, over: total.targets[0].participants))
        #expect(table.rows[0].targets[0].growth == Ratios.growth(4932, over: 4484))
    }

    @Test func coverageTargetsAreARateOfThatYearsLabourForceAndAgenciesKeepTheirFigure() throws {
        let plan = Fixture.plan(appendices: [Fixture.appendix(.coverage(rates: [2019: 35, 2020: 38]))])
        let (figures, problems) = Fixture.compute(plan, tree, baseData())
        // Only D2's targets (35% × 29849 = 10447, 38% → 11343, from 3621) are more than double
        // its base: one warning for the row.
        #expect(problems.map(\.severity) == [.warning])
        #expect(problems.first?.message.contains("Huyện Hai (D2) for 2019, 10.447, is 188,51% above its base figure 3.621 (2018), and so are its targets for 2020;") == true)
        let table = try #require(figures?.appendices[0])
        // 35% × 20845 = 7295.75 → 7296; 38% × 20845 = 7921.1 → 7921.
        #expect(table.rows[0].targetValues == [7296, 7921])
        #expect(table.rows[2].targetValues == [4161, 4161])
    }

    @Test func valuesAreTakenAsGivenAndAMissingOneIsAnError() throws {
        let values: [String: [Int: Decimal]] = ["D1": [2019: 10, 2020: 20], "D2": [2019: 30], "A": [2019: 1, 2020: 1]]
        let plan = Fixture.plan(appendices: [Fixture.appendix(.values(values))])
        let (figures, problems) = Fixture.compute(plan, tree, baseData())
        let table = try #require(figures?.appendices[0])
        #expect(table.rows[0].targetValues == [10, 20])
        #expect(table.rows[1].targetValues == [30, nil])
        // (The tiny values are also far below the base figures: warnings, not counted here.)
        let errors = problems.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains("no figure for Huyện Hai (D2) in 2020") == true)
        #expect(errors.first?.location == SourceRef(path: "plans/test.json", line: 9, column: 5))
    }

    @Test func aTotalIsSplitByBaseShareSummingExactly() throws {
        let plan = Fixture.plan(appendices: [Fixture.appendix(
            .total(.totals([2019: 13000, 2020: 13501]), allocation: .share),
            overrides: [(code: "A", rule: TargetRule(.growth(rates: [2019: 0, 2020: 0])))])])
        let (figures, problems) = Fixture.compute(plan, tree, baseData())
        #expect(problems.isEmpty)
        let table = try #require(figures?.appendices[0])
        // 13000 − 4161 = 8839 split 4484 : 3621 → 4890.08… and 3948.91… → 4890 + 3949.
        #expect((table.rows[0].targetValues[0] ?? 0) + (table.rows[1].targetValues[0] ?? 0) == ExactNumber(8839))
        #expect(table.rows[0].targetValues[0] == 4890)
        #expect(table.rows[1].targetValues[0] == 3949)
        #expect(table.total.targets[0].participants == 13000)
        #expect(table.total.targets[1].participants == 13501)
    }

    @Test func aTotalIsSplitByLabourForceWithTiesToTheFirstUnit() throws {
        let tree = Fixture.tree("P province -", "D1 district P", "D2 district P")
        let data = [Fixture.dataset(2018, .estimate, tree, [
            "D1": [.labourForce: 100, .participants(.bhxhBB): 1], "D2": [.labourForce: 100, .participants(.bhxhBB): 9],
        ])]
        let plan = Fixture.plan(years: [2019], appendices: [Fixture.appendix(.total(.totals([2019: 11]), allocation: .labourForce))])
        let table = try #require(Fixture.compute(plan, tree, data).0?.appendices[0])
        #expect(table.rows.map { $0.targetValues[0] } == [6, 5])
    }

    @Test func aTotalSmallerThanTheOverriddenUnitsIsAnError() {
        let plan = Fixture.plan(years: [2019], appendices: [Fixture.appendix(
            .total(.totals([2019: 100]), allocation: .share),
            overrides: [(code: "A", rule: TargetRule(.growth(rates: [2019: 0])))])])
        let problems = Fixture.compute(plan, tree, baseData()).1
        #expect(problems.contains { $0.message.contains("smaller than the 4161 people") })
    }

    @Test func exactCarryGrowsFromUnroundedValuesButShowsWholePeopleThatAddUp() throws {
        // Seed 000, voluntary insurance: 175 × 1,25 = 218,75 → 219 shown; 2020 grows from 218,75:
        // 273,4375 → 273 (rounding first would give 219 × 1,25 = 273,75 → 274).
        let tree = Fixture.tree("P province -", "D1 district P", "D2 district P")
        let data = [Fixture.dataset(2018, .estimate, tree, [
            "D1": [.labourForce: 29849, .participants(.bhxhTN): 175], "D2": [.labourForce: 28397, .participants(.bhxhTN): 75],
        ])]
        let exact = Fixture.plan(carry: .exact, appendices: [Fixture.appendix(.growth(rates: [2019: 25, 2020: 25]), scheme: .bhxhTN,
            overrides: [(code: "D2", rule: TargetRule(.growth(rates: [2019: 35, 2020: 35])))])])
        let table = try #require(Fixture.compute(exact, tree, data).0?.appendices[0])
        #expect(table.rows[0].targetValues == [219, 273])
        // 75 × 1,35 = 101,25 → 101; 101,25 × 1,35 = 136,6875 → 137.
        #expect(table.rows[1].targetValues == [101, 137])
        // The total is the sum of the rows shown (not the rounded 218,75 + 101,25 = 320 that
        // would happen to agree here, nor 410,125 → 410 in 2020, which would not).
        #expect(table.total.targetValues == [320, 410])
        // Percentages are those of the figures shown, so anyone can recompute them from the table.
        // 219 ÷ 29849 × 100 = 0,7336929210358805990…; (137 ÷ 101 − 1) × 100 = 35,6435643564356435…
        #expect(table.rows[0].targets[0].coverage?.roundedHalfUp(places: 15) == .d("0.733692921035881"))
        #expect(table.rows[1].targets[1].growth?.roundedHalfUp(places: 15) == .d("35.643564356435644"))

        let rounded = Fixture.plan(carry: .rounded, appendices: exact.appendices)
        let roundedTable = try #require(Fixture.compute(rounded, tree, data).0?.appendices[0])
        #expect(roundedTable.rows[0].targetValues == [219, 274])
        #expect(roundedTable.rows[1].targetValues == [101, 136])
    }

    @Test func appendixCarryOverridesThePlans() throws {
        let tree = Fixture.tree("P province -", "D1 district P")
        let data = [Fixture.dataset(2018, .estimate, tree, ["D1": [.participants(.bhxhTN): 175]])]
        let plan = Fixture.plan(carry: .rounded, appendices: [Fixture.appendix(.growth(rates: [2019: 25, 2020: 25]), scheme: .bhxhTN, carry: .exact)])
        let table = try #require(Fixture.compute(plan, tree, data).0?.appendices[0])
        #expect(table.carry == .exact)
        #expect(table.rows[0].targetValues == [219, 273])
    }

    @Test func labourForceOfPlanYearsIsCarriedOrGrown() throws {
        let carried = Fixture.plan(appendices: [Fixture.appendix(.growth(rates: [2019: 0, 2020: 0]))])
        let table = try #require(Fixture.compute(carried, tree, baseData()).0?.appendices[0])
        #expect(table.rows[0].targets.map(\.denominator) == [20845, 20845])

        let grown = Fixture.plan(rule: .growth([2019: 1, 2020: 1]), appendices: carried.appendices)
        let grownTable = try #require(Fixture.compute(grown, tree, baseData()).0?.appendices[0])
        // 20845 × 1.01 = 21053.45 → 21053; × 1.01 = 21263.53 → 21264.
        #expect(grownTable.rows[0].targets.map(\.denominator) == [21053, 21264])
        #expect(grownTable.total.targets[0].denominator == ExactNumber(21053 + 30147))
    }

    @Test func healthInsuranceDividesByPopulation() throws {
        let tree = Fixture.tree("P province -", "D1 district P")
        let data = [Fixture.dataset(2018, .estimate, tree, ["D1": [.labourForce: 10, .population: 1000, .participants(.bhyt): 900]])]
        let plan = Fixture.plan(years: [2019], appendices: [Fixture.appendix(.coverage(rates: [2019: 95]), scheme: .bhyt)])
        let table = try #require(Fixture.compute(plan, tree, data).0?.appendices[0])
        #expect(table.rows[0].base.denominator == 1000)
        #expect(table.rows[0].base.coverage == 90)
        #expect(table.rows[0].targetValues == [950])
    }

    @Test func bhxhTablesCountCompulsoryPlusVoluntary() throws {
        let tree = Fixture.tree("P province -", "D1 district P")
        let data = [Fixture.dataset(2018, .estimate, tree, ["D1": [.labourForce: 1000, .participants(.bhxhBB): 300, .participants(.bhxhTN): 50]])]
        let plan = Fixture.plan(years: [2019], appendices: [Fixture.appendix(.coverage(rates: [2019: 40]), scheme: .bhxh)])
        let table = try #require(Fixture.compute(plan, tree, data).0?.appendices[0])
        #expect(table.rows[0].base.participants == 350)
        #expect(table.rows[0].base.coverage == 35)
        #expect(table.rows[0].targetValues == [400])
    }

    @Test func rowsAreDistrictsWhenDataIsOnlyAtCommuneLevel() throws {
        let tree = Fixture.tree("P province -", "D1 district P", "C1 commune D1", "C2 commune D1", "D2 district P", "C3 commune D2")
        let data = [Fixture.dataset(2018, .estimate, tree, [
            "C1": [.labourForce: 100, .participants(.bhxhBB): 10], "C2": [.labourForce: 300, .participants(.bhxhBB): 30],
            "C3": [.labourForce: 500, .participants(.bhxhBB): 100],
        ])]
        let plan = Fixture.plan(years: [2019], appendices: [Fixture.appendix(.growth(rates: [2019: 10]))])
        let table = try #require(Fixture.compute(plan, tree, data).0?.appendices[0])
        #expect(table.rows.map(\.unit.code) == ["D1", "D2"])
        #expect(table.rows.map(\.base.participants) == [40, 100])
        #expect(table.rows.map(\.base.denominator) == [400, 500])
        #expect(table.rows.map { $0.targetValues[0] } == [44, 110])
        // 140 ÷ 900 × 100 = 15,555…, to 15 decimals.
        #expect(table.total.base.coverage?.roundedHalfUp(places: 15) == .d("15.555555555555556"))
    }

    @Test func aUnitWithoutABaseFigureIsAWarningAndUnknownFigures() throws {
        let data = [Fixture.dataset(2018, .estimate, tree, ["D1": [.participants(.bhxhBB): 1]])]
        let plan = Fixture.plan(years: [2019], appendices: [Fixture.appendix(.growth(rates: [2019: 10]))])
        let (figures, problems) = Fixture.compute(plan, tree, data)
        let table = try #require(figures?.appendices[0])
        #expect(table.rows[1].targetValues == [nil])
        #expect(table.rows[1].base.coverage == nil)
        #expect(table.total.targetValues == [1])
        let warning = try #require(problems.first { $0.message.contains("Huyện Hai (D2) has no \"bhxh_bb\" figure for the base year 2018") })
        #expect(warning.severity == .warning)
        // The agency without a figure (seed 000's voluntary table: "-" all along) is no problem at all.
        #expect(!problems.contains { $0.message.contains("(A)") })
    }

    @Test func missingBaseFileAndRatesAreErrors() {
        let plan = Fixture.plan(through: 8, years: [2019, 2020], appendices: [Fixture.appendix(.growth(rates: [2019: 10]))])
        let problems = Fixture.compute(plan, tree, []).1.map(\.message)
        #expect(problems.contains { $0.contains("no data file for the base year 2018") })
        #expect(problems.contains { $0.contains("data/2018-08.csv is missing") })
        let problems2 = Fixture.compute(plan, tree, baseData(through: true)).1.map(\.message)
        #expect(problems2 == ["PHỤ LỤC 1: the growth method gives no rate for 2020"])
    }

    @Test func anAreaThatIsNotAUnitIsAnError() {
        let plan = Fixture.plan(area: "ZZ", appendices: [])
        let (figures, problems) = Fixture.compute(plan, tree, [])
        #expect(figures == nil)
        #expect(problems.first?.message.contains("\"ZZ\" is not a unit code") == true)
    }
}
