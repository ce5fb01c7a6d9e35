import Foundation
import Testing
import VietnameseFormat
@testable import BHXHCore

@Suite struct ReportCalculatorTests {
    let tree = Fixture.tree("P province -", "D1 district P Huyện Một", "D2 district P Huyện Hai", "A agency P BHXH tỉnh")

    func plan() -> Plan {
        Fixture.plan(years: [2019, 2020], appendices: [Fixture.appendix(
            .growth(rates: [2019: 10, 2020: 10]),
            overrides: [(code: "A", rule: TargetRule(.growth(rates: [2019: 0, 2020: 0])))])])
    }

    var base: Dataset {
        Fixture.dataset(2018, .estimate, tree, [
            "D1": [.labourForce: 1000, .participants(.bhxhBB): 100],
            "D2": [.labourForce: 2000, .participants(.bhxhBB): 200],
            "A": [.participants(.bhxhBB): 50],
        ])
    }

    func report(_ year: Int = 2019, _ datasets: [Dataset]) throws -> (ReportFigures?, [Diagnostic]) {
        let store = DataStore(datasets: datasets)
        let planFigures = try #require(PlanCalculator(tree: tree, data: store).compute(plan()).figures)
        let report = Report(id: "r", planID: "test", year: year, document: Fixture.document, source: SourceRef(path: "reports/r.json"))
        return ReportCalculator(tree: tree, data: store).compute(report, plan: planFigures)
    }

    @Test func actualAgainstTargetWithCompletionGapGrowthAndCoverage() throws {
        let actual = Fixture.dataset(2019, .actual, tree, [
            "D1": [.participants(.bhxhBB): 121, .eligible(.bhxhBB): 150],
            "D2": [.participants(.bhxhBB): 198, .eligible(.bhxhBB): 250],
            "A": [.participants(.bhxhBB): 50],
        ])
        let (figures, problems) = try report(2019, [base, actual])
        #expect(problems.isEmpty)
        let table = try #require(figures?.tables.first)
        #expect(table.actualStatus == .actual)
        #expect(table.previousStatus == .estimate)
        let d1 = table.rows[0]
        #expect(d1.target == 110)
        #expect(d1.actual == 121)
        #expect(d1.completion == 110)
        #expect(d1.gap == 11)
        #expect(d1.growth == 21)
        #expect(d1.denominator == 1000)
        #expect(d1.coverage == .d("12.1"))
        // 121 ÷ 150 × 100 = 80,666…, to 15 decimals.
        #expect(d1.participation?.roundedHalfUp(places: 15) == .d("80.666666666666667"))
        #expect(table.belowTarget.map(\.unit.code) == ["D2"])
        #expect(table.hasEligible)
        // The total sums the eligible counts shown (the agency has none), like every total.
        #expect(table.total.eligible == 400)
        #expect(table.total.participation == .d("92.25"))
    }

    @Test func totalRowFollowsTheSameRules() throws {
        let actual = Fixture.dataset(2019, .actual, tree, [
            "D1": [.participants(.bhxhBB): 121], "D2": [.participants(.bhxhBB): 198], "A": [.participants(.bhxhBB): 50],
        ])
        let table = try #require(try report(2019, [base, actual]).0?.tables.first)
        #expect(table.total.target == ExactNumber(110 + 220 + 50))
        #expect(table.total.actual == ExactNumber(121 + 198 + 50))
        // 369 ÷ 380 × 100 = 97,1052631578947368…, to 15 decimals.
        #expect(table.total.completion?.roundedHalfUp(places: 15) == .d("97.105263157894737"))
        #expect(table.total.gap == -11)
        #expect(table.total.denominator == 3000)
        #expect(table.total.coverage == .d("12.3"))
        // (369 ÷ 350 − 1) × 100 = 5,428571…, to 15 decimals.
        #expect(table.total.growth?.roundedHalfUp(places: 15) == .d("5.428571428571429"))
        // No eligible counts: no participation, not 0.
        #expect(table.total.participation == nil)
        #expect(!table.hasEligible)
    }

    @Test func anEstimateServesWhenTheYearHasNoActual() throws {
        let estimate = Fixture.dataset(2019, .estimate, tree, [
            "D1": [.participants(.bhxhBB): 105], "D2": [.participants(.bhxhBB): 230], "A": [.participants(.bhxhBB): 49],
        ])
        let (figures, problems) = try report(2019, [base, estimate])
        #expect(problems.isEmpty)
        let table = try #require(figures?.tables.first)
        #expect(table.actualStatus == .estimate)
        #expect(table.rows.map(\.actual) == [105, 230, 49])
        #expect(TidyFigures.of(figures!).contains { $0.status == .estimate && $0.measure == .completionPct })
    }

    @Test func aToMonthActualServesLastAndSaysSo() throws {
        let toMonth = Fixture.dataset(2019, .actualThrough(month: 9), tree, ["D1": [.participants(.bhxhBB): 90]])
        let table = try #require(try report(2019, [base, toMonth]).0?.tables.first)
        #expect(table.actualStatus == .actualThrough(month: 9))
        #expect(table.table().columns[3].title == "Số đã thực hiện đến tháng 9/2019")
    }

    @Test func aYearOutsideThePlanIsAnError() throws {
        let (figures, problems) = try report(2021, [base])
        #expect(figures == nil)
        #expect(problems.first?.message.contains("2021, which is not a year of plan \"test\" (2019, 2020)") == true)
        #expect(problems.first?.location == SourceRef(path: "reports/r.json"))
    }

    @Test func aYearWithoutDataIsAnError() throws {
        let (figures, problems) = try report(2019, [base])
        #expect(figures?.tables.first?.rows.allSatisfy { $0.actual == nil && $0.completion == nil } == true)
        #expect(problems.contains { $0.message.contains("no actual figures for BHXH bắt buộc") })
    }
}

@Suite struct ReportDecimalsTests {
    @Test func resultsShowAtLeastTwoDecimalsOrThePlansMore() throws {
        let tree = Fixture.tree("P province -", "D1 district P")
        let base = Fixture.dataset(2018, .estimate, tree, ["D1": [.labourForce: 1000, .participants(.bhxhBB): 100]])
        for (planDecimals, shown) in [(0, 2), (2, 2), (3, 3)] {
            var appendix = Fixture.appendix(.growth(rates: [2019: 10]))
            appendix.percentDecimals = planDecimals
            let store = DataStore(datasets: [base])
            let plan = try #require(PlanCalculator(tree: tree, data: store).compute(Fixture.plan(years: [2019], appendices: [appendix])).figures)
            let report = Report(id: "r", planID: "test", year: 2019, document: Fixture.document)
            let table = try #require(ReportCalculator(tree: tree, data: store).compute(report, plan: plan).figures?.tables.first)
            #expect(table.percentDecimals == shown)
        }
    }
}

@Suite struct ReportTargetTests {
    @Test func targetsAreTheWholePeopleThePlanPublishes() throws {
        let tree = Fixture.tree("P province -", "D1 district P", "D2 district P")
        let base = Fixture.dataset(2018, .estimate, tree, ["D1": [.participants(.bhxhTN): 175], "D2": [.participants(.bhxhTN): 75]])
        let actual = Fixture.dataset(2019, .actual, tree, ["D1": [.participants(.bhxhTN): 230], "D2": [.participants(.bhxhTN): 95]])
        let store = DataStore(datasets: [base, actual])
        // Exact carry: 218,75 and 101,25 are carried to the next year; the plan shows 219 and 101.
        let plan = try #require(PlanCalculator(tree: tree, data: store).compute(Fixture.plan(years: [2019], carry: .exact,
            appendices: [Fixture.appendix(.growth(rates: [2019: 25, 2020: 35]), scheme: .bhxhTN,
                                          overrides: [(code: "D2", rule: TargetRule(.growth(rates: [2019: 35])))])])).figures)
        let report = Report(id: "r", planID: "test", year: 2019, document: Fixture.document)
        let table = try #require(ReportCalculator(tree: tree, data: store).compute(report, plan: plan).figures?.tables.first)
        #expect(table.rows.map(\.target) == [219, 101])
        #expect(table.total.target == 320)
        #expect(table.total.completion == .d("101.5625"))
    }
}

extension ReportCalculatorTests {
    @Test func completionCoverageParticipationAndGapFollowFromTheirColumnsButGrowthCannot() throws {
        let actual = Fixture.dataset(2019, .actual, tree, ["D1": [.participants(.bhxhBB): 121, .eligible(.bhxhBB): 150]])
        let table = try #require(try report(2019, [base, actual]).0?.tables.first).table()
        // TT, name, target 2, actual 3, completion 4, gap 5, growth 6, labour force 7, coverage 8, eligible 9, participation 10.
        let expected: [ColumnFormula<Int>?] = [nil, nil, nil, nil, .percent(part: 3, of: 2), .difference(3, minus: 2), nil,
                                               nil, .percent(part: 3, of: 7), nil, .percent(part: 3, of: 9)]
        #expect(table.columns.map(\.formula) == expected)
    }
}
