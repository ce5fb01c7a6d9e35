import Foundation
import Testing
import VietnameseFormat
@testable import BHXHCore

/// Plans as provinces write them: area-wide rates, participation targets, eligible counts and
/// warnings about targets nobody means (figures worked by hand; seeds 001–003).
@Suite struct AreaTargetTests {
    let tree = Fixture.tree("P province -", "D1 district P Huyện Một", "D2 district P Huyện Hai", "A agency P BHXH tỉnh")
    let flatAgency = [(code: "A", rule: TargetRule(.growth(rates: [2019: 0, 2020: 0])))]

    func baseData() -> [Dataset] {
        [Fixture.dataset(2018, .estimate, tree, [
            "D1": [.labourForce: 20845, .participants(.bhxhBB): 4484, .eligible(.bhxhBB): 5380],
            "D2": [.labourForce: 29849, .participants(.bhxhBB): 3621, .eligible(.bhxhBB): 4265],
            "A": [.participants(.bhxhBB): 4161],
        ])]
    }

    @Test func anAreaWideCoverageRateIsTurnedIntoPeopleAndSplitByShare() throws {
        // Seed 002/003: "35% of the labour force in BHXH", for the province as a whole.
        let plan = Fixture.plan(years: [2019], appendices: [Fixture.appendix(
            .total(.coverage([2019: 35]), allocation: .share), overrides: flatAgency)])
        let (figures, problems) = Fixture.compute(plan, tree, baseData())
        #expect(problems.isEmpty)
        let table = try #require(figures?.appendices[0])
        // 35% × (20845 + 29849) = 17742,9 → 17743; less the agency's 4161 = 13582, split 4484 : 3621
        // → 7514,09 and 6067,91 → 7514 and 6068 (the left-over person to the larger remainder).
        #expect(table.rows.map { $0.targetValues[0] } == [7514, 6068, 4161])
        #expect(table.total.targets[0].participants == 17743)
        #expect(table.total.targets[0].coverage.map { $0.rounded(2) } == ExactNumber.d("35"))
    }

    @Test func binhPhuocsBHXHRatesByYearHoldForTheWholeProvince() throws {
        // Seed 002: 35%, 38%, 42%, 45% of the labour force in BHXH (bắt buộc + tự nguyện) in
        // 2022–2025, with a BHXH tỉnh row; the labour force (50.694) carried from 2021.
        let data = [Fixture.dataset(2021, .actual, tree, [
            "D1": [.labourForce: 20845, .participants(.bhxhBB): 4484, .participants(.bhxhTN): 380],
            "D2": [.labourForce: 29849, .participants(.bhxhBB): 3621, .participants(.bhxhTN): 175],
            "A": [.participants(.bhxhBB): 4161],
        ])]
        let plan = Fixture.plan(base: 2021, years: [2022, 2023, 2024, 2025], appendices: [Fixture.appendix(
            .total(.coverage([2022: 35, 2023: 38, 2024: 42, 2025: 45]), allocation: .share), scheme: .bhxh)])
        let (figures, problems) = Fixture.compute(plan, tree, data)
        #expect(problems.isEmpty)
        let total = try #require(figures?.appendices[0].total)
        // 17.742,9 → 17.743; 19.263,72 → 19.264; 21.291,48 → 21.291; 22.812,3 → 22.812.
        #expect(total.targetValues == [17743, 19264, 21291, 22812])
        #expect(total.targets.map { $0.coverage.map { $0.rounded(0) } } == [35, 38, 42, 45])
    }

    @Test func anAreaWideParticipationRateSplitByEligibleCounts() throws {
        let plan = Fixture.plan(years: [2019], appendices: [Fixture.appendix(
            .total(.participation([2019: .d("84.95")]), allocation: .eligible), overrides: flatAgency)])
        let (figures, problems) = Fixture.compute(plan, tree, baseData())
        // Both districts fall by half (the agency's people count against the districts' eligible
        // counts): no error, but the warnings say so.
        #expect(problems.map(\.severity) == [.warning, .warning])
        let table = try #require(figures?.appendices[0])
        // 84,95% × (5380 + 4265) = 8193,4275 → 8193; less 4161 = 4032, split 5380 : 4265
        // → 2249,06 and 1782,94 → 2249 and 1783.
        #expect(table.rows.map { $0.targetValues[0] } == [2249, 1783, 4161])
        #expect(table.total.targets[0].participants == 8193)
    }

    @Test func aRateForTheWholeAreaNeedsSomeRowWithTheFigure() {
        let plan = Fixture.plan(years: [2019], appendices: [Fixture.appendix(
            .total(.participation([2019: 50]), allocation: .share), scheme: .bhtn)])
        let problems = Fixture.compute(plan, tree, baseData()).1
        #expect(problems.contains { $0.severity == .error && $0.message.contains("no row has an eligible count (\"bhtn_eligible\") for 2019") })
    }

    @Test func participationTargetsAreARateOfEachUnitsEligibleCount() throws {
        // Seed 001 (Bỉm Sơn): 84,95% of those required to join.
        let plan = Fixture.plan(years: [2019], appendices: [Fixture.appendix(.participation(rates: [2019: .d("84.95")]))])
        let (figures, problems) = Fixture.compute(plan, tree, baseData())
        let table = try #require(figures?.appendices[0])
        // 84,95% × 5380 = 4570,31 → 4570; × 4265 = 3623,1175 → 3623; the agency has no eligible
        // count and keeps its 4161, with a warning.
        #expect(table.rows.map { $0.targetValues[0] } == [4570, 3623, 4161])
        #expect(problems.count == 1)
        #expect(problems.first?.severity == .warning)
        #expect(problems.first?.message.contains("BHXH tỉnh (A) has no \"bhxh_bb_eligible\" count for 2019") == true)
        #expect(table.rows[0].targets[0].participation.map { $0.rounded(2) } == ExactNumber.d("84.94"))
    }

    @Test func eligibleCountsComeFromTheBaseFileThenEachYearsFileThenCarriedForward() throws {
        let data = baseData() + [
            // The actual file of 2018 has eligible counts but no participants: not the base file.
            Fixture.dataset(2018, .actual, tree, ["D1": [.eligible(.bhxhBB): 7777]]),
            Fixture.dataset(2019, .actual, tree, ["D1": [.eligible(.bhxhBB): 5500]]),
            Fixture.dataset(2019, .estimate, tree, ["D1": [.eligible(.bhxhBB): 9999], "D2": [.eligible(.bhxhBB): 4300]]),
        ]
        let plan = Fixture.plan(appendices: [Fixture.appendix(.growth(rates: [2019: 0, 2020: 0]), overrides: flatAgency)])
        let table = try #require(Fixture.compute(plan, tree, data).0?.appendices[0])
        #expect(table.rows[0].base.eligible == 5380)
        // 2019: the actual (5500) over the estimate (9999); D2 from the estimate; 2020 carried.
        #expect(table.rows.map { $0.targets.map(\.eligible) } == [[5500, 5500], [4300, 4300], [nil, nil]])
        // The total sums the rows that have one.
        #expect(table.total.base.eligible == ExactNumber(5380 + 4265))
        #expect(table.total.targets[0].eligible == ExactNumber(5500 + 4300))
        // 4484 ÷ 5500 = 81,527…%
        #expect(table.rows[0].targets[0].participation.map { $0.rounded(2) } == ExactNumber.d("81.53"))
    }

    @Test func theAppendixShowsEligibleColumnsWhereARowHasOne() throws {
        let plan = Fixture.plan(years: [2019], appendices: [Fixture.appendix(.growth(rates: [2019: 0]), overrides: flatAgency)])
        let appendix = try #require(Fixture.compute(plan, tree, baseData()).0?.appendices[0])
        let table = appendix.table()
        #expect(table.groups[2].columns.map(\.title) == ["Ước thực hiện năm 2018", "Lực lượng lao động", "% so với lực lượng lao động",
                                                        "Số người thuộc diện tham gia", "% so với số thuộc diện"])
        #expect(table.groups[3].columns.map(\.title) == ["Số người tham gia", "Lực lượng lao động", "% so với lực lượng lao động",
                                                        "Số người thuộc diện tham gia", "% so với số thuộc diện",
                                                        "Tốc độ tăng so với năm 2018 (%)"])
        // D1: 4484 of 5380 = 83,35%; the agency "-"; the total 9645.
        #expect(table.rows[0].cells[5] == .number(5380, decimals: 0))
        // 4484 ÷ 5380 × 100 = 83,3457249070631970…, to 15 decimals.
        guard case .number(let coverage?, decimals: 2) = table.rows[0].cells[6] else {
            Issue.record("D1's coverage is not a number cell with 2 decimals: \(table.rows[0].cells[6])")
            return
        }
        #expect(coverage.roundedHalfUp(places: 15) == .d("83.345724907063197"))
        #expect(table.rows[2].cells[5] == .number(nil, decimals: 0))
        #expect(table.rows[3].cells[5] == .number(9645, decimals: 0))
        let tidy = TidyFigures.of(try #require(Fixture.compute(plan, tree, baseData()).0))
        #expect(tidy.contains { $0.unitCode == "D1" && $0.year == 2019 && $0.status == .target && $0.measure == .eligible && $0.value == 5380 })
        #expect(tidy.contains { $0.unitCode == "P" && $0.year == 2019 && $0.status == .target && $0.measure == .participationPct })
    }

    @Test func withoutEligibleCountsTheTableIsAsBefore() throws {
        let data = [Fixture.dataset(2018, .actual, tree, ["D1": [.labourForce: 100, .participants(.bhxhBB): 10]])]
        let plan = Fixture.plan(years: [2019], appendices: [Fixture.appendix(.growth(rates: [2019: 0]))])
        let appendix = try #require(Fixture.compute(plan, tree, data).0?.appendices[0])
        #expect(appendix.table().columns.count == 2 + 3 + 4)
        #expect(appendix.table().groups[2].columns[0].title == "Thực hiện năm 2018")
        #expect(!TidyFigures.of(try #require(Fixture.compute(plan, tree, data).0)).contains { $0.measure == .eligible })
    }

    @Test func aBHXHRowIsTheSumOfItsKnownPartsAndTheTotalTheSumOfTheRows() throws {
        // The shipped example's case: the agency collects compulsory insurance only.
        let data = [Fixture.dataset(2018, .estimate, tree, [
            "D1": [.labourForce: 20845, .participants(.bhxhBB): 4484, .participants(.bhxhTN): 380],
            "D2": [.labourForce: 29849, .participants(.bhxhBB): 3621, .participants(.bhxhTN): 175],
            "A": [.participants(.bhxhBB): 4161],
        ])]
        let plan = Fixture.plan(years: [2019], appendices: [Fixture.appendix(.growth(rates: [2019: 0]), scheme: .bhxh)])
        let table = try #require(Fixture.compute(plan, tree, data).0?.appendices[0])
        #expect(table.rows.map(\.base.participants) == [4864, 3796, 4161])
        #expect(table.total.base.participants == ExactNumber(4864 + 3796 + 4161))
        #expect(table.rows[2].targetValues == [4161])
    }

    @Test func aTargetFarBelowOrAboveTheBaseIsAWarningThatNamesItsFigures() throws {
        // −10% is within reason; −11% (4484 → 3991, −10,99%) is not.
        let plan = Fixture.plan(years: [2019], appendices: [Fixture.appendix(.growth(rates: [2019: -10]),
            overrides: [(code: "D2", rule: TargetRule(.growth(rates: [2019: -11]), source: SourceRef(path: "plans/test.json", line: 12, column: 9))),
                        (code: "A", rule: TargetRule(.growth(rates: [2019: 0])))])])
        let problems = Fixture.compute(plan, tree, baseData()).1
        #expect(problems.count == 1)
        #expect(problems.first?.message == "PHỤ LỤC 1: the target of Huyện Hai (D2) for 2019, 3.223, is 10,99% below its base figure 3.621 (2018); is that meant?")
        #expect(problems.first?.location == SourceRef(path: "plans/test.json", line: 12, column: 9))
        #expect(problems.first?.severity == .warning)
    }

    @Test func aGrowthRateThatGivesMorePeopleThanTheCountryHasIsAnError() throws {
        // 1e6 % growth: D1 4484 → 44.844.484 (fine for the limit), D2 3621 × 10001 = 36.213.621;
        // 1e7 %: D1 4484 × 100001 = 448.404.484 > 200.000.000, D2 362.103.621 too.
        let rate = TargetRule(.growth(rates: [2019: 10_000_000]), source: SourceRef(path: "plans/test.json", line: 7, column: 5))
        let plan = Fixture.plan(years: [2019], appendices: [Fixture.appendix(.growth(rates: [2019: 10_000_000]),
            overrides: [(code: "D2", rule: rate), (code: "A", rule: TargetRule(.growth(rates: [2019: 0])))])])
        let problems = Fixture.compute(plan, tree, baseData()).1.filter { $0.severity == .error }
        #expect(problems.map(\.message) == [
            "PHỤ LỤC 1: the target of Huyện Một (D1) for 2019 comes to 448.404.484 people, more than the country has (at most 200.000.000); check the rates that lead to it",
            "PHỤ LỤC 1: the target of Huyện Hai (D2) for 2019 comes to 362.103.621 people, more than the country has (at most 200.000.000); check the rates that lead to it",
        ])
        #expect(problems.last?.location == SourceRef(path: "plans/test.json", line: 7, column: 5))
    }

    @Test func aCoverageRateThatMovesAUnitTooFarSuggestsTheAreaWideForm() throws {
        let plan = Fixture.plan(years: [2019], appendices: [Fixture.appendix(.coverage(rates: [2019: 35]))])
        let problems = Fixture.compute(plan, tree, baseData()).1
        // D1: 35% × 20845 = 7296 (+62,7%, fine); D2: 35% × 29849 = 10447, +188,51%.
        #expect(problems.count == 1)
        let message = try #require(problems.first?.message)
        #expect(message.hasPrefix("PHỤ LỤC 1: the target of Huyện Hai (D2) for 2019, 10.447, is 188,51% above its base figure 3.621 (2018)"))
        #expect(message.contains("{\"method\": \"total\", \"coverage\": {\"2019\": 35}, \"allocate\": \"share\"}"))
    }
}

extension ExactNumber {
    /// Rounded half up to `places` decimals (test shorthand).
    func rounded(_ places: Int) -> ExactNumber { roundedHalfUp(places: places) }
}
