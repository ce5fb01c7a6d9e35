import Foundation
import Testing
@testable import BHXHCore

@Suite struct DatasetTests {
    let tree = Fixture.tree("P province -", "D1 district P", "C1 commune D1", "C2 commune D1",
                            "D2 district P", "C3 commune D2", "A agency P")

    @Test func unitsWithoutAFigureGetTheSumOfTheirChildrenRecursively() {
        let data = Fixture.dataset(2018, .actual, tree, [
            "C1": [.labourForce: 100, .participants(.bhxhBB): 10],
            "C2": [.labourForce: 50, .participants(.bhxhBB): 5],
            "C3": [.labourForce: 70, .participants(.bhxhBB): 7],
            "A": [.participants(.bhxhBB): 40],
        ])
        #expect(data.value(.labourForce, unit: tree.index(of: "D1")!) == 150)
        #expect(data.value(.participants(.bhxhBB), unit: tree.index(of: "D2")!) == 7)
        // The province sums districts and the agency's participants, but no labour force of an agency.
        #expect(data.value(.participants(.bhxhBB), unit: tree.index(of: "P")!) == 62)
        #expect(data.value(.labourForce, unit: tree.index(of: "P")!) == 220)
    }

    @Test func aFigureOfItsOwnIsKeptEvenWhenChildrenDiffer() {
        let data = Fixture.dataset(2018, .actual, tree, [
            "D1": [.labourForce: 999], "C1": [.labourForce: 100], "C2": [.labourForce: 50],
        ])
        #expect(data.value(.labourForce, unit: tree.index(of: "D1")!) == 999)
    }

    @Test func unknownStaysUnknownNeverZero() {
        let data = Fixture.dataset(2018, .actual, tree, ["C1": [.labourForce: 100]])
        #expect(data.value(.labourForce, unit: tree.index(of: "D2")!) == nil)
        #expect(data.value(.participants(.bhxhBB), unit: tree.index(of: "C1")!) == nil)
    }

    @Test func agencyNeverHasALabourForce() {
        let data = Fixture.dataset(2018, .actual, tree, ["A": [.labourForce: 20845, .participants(.bhxhBB): 1]])
        #expect(data.value(.labourForce, unit: tree.index(of: "A")!) == nil)
        #expect(data.given[.labourForce]?[tree.index(of: "A")!] == 20845)
    }

    @Test func bhxhIsCompulsoryPlusVoluntary() {
        let data = Fixture.dataset(2018, .actual, tree, [
            "C1": [.participants(.bhxhBB): 10, .participants(.bhxhTN): 3, .eligible(.bhxhBB): 12, .eligible(.bhxhTN): 30],
            "C2": [.participants(.bhxhBB): 5],
        ])
        #expect(data.value(.participants(.bhxh), unit: tree.index(of: "C1")!) == 13)
        #expect(data.value(.eligible(.bhxh), unit: tree.index(of: "C1")!) == 42)
        // Voluntary unknown for C2: BHXH is its known part, 5, as every total counts it.
        #expect(data.value(.participants(.bhxh), unit: tree.index(of: "C2")!) == 5)
        // Unknown only when both parts are.
        #expect(data.value(.participants(.bhxh), unit: tree.index(of: "D2")!) == nil)
        #expect(data.has(.participants(.bhxh)))
        #expect(!data.has(.eligible(.bhtn)))
    }

    @Test func bhxhIsUnknownInAFileWithoutBothColumns() {
        let data = Fixture.dataset(2018, .actual, tree, ["C1": [.participants(.bhxhBB): 10]])
        #expect(data.value(.participants(.bhxh), unit: tree.index(of: "C1")!) == nil)
    }
}

@Suite struct DataStoreTests {
    let tree = Fixture.tree("P province -", "D1 district P", "A agency P")

    @Test func wholeYearFigureComesFromTheActualElseTheEstimate() {
        let store = DataStore(datasets: [
            Fixture.dataset(2018, .estimate, tree, ["D1": [.participants(.bhxhBB): 2]]),
            Fixture.dataset(2018, .actualThrough(month: 8), tree, ["D1": [.participants(.bhxhBB): 1]]),
            Fixture.dataset(2019, .actual, tree, ["D1": [.participants(.bhxhBB): 3]]),
            Fixture.dataset(2019, .estimate, tree, ["D1": [.participants(.bhxhBB): 4]]),
            Fixture.dataset(2020, .actualThrough(month: 6), tree, ["D1": [.participants(.bhxhBB): 5]]),
            Fixture.dataset(2020, .actualThrough(month: 9), tree, ["D1": [.participants(.bhxhBB): 6]]),
        ])
        let field = DataField.participants(.bhxhBB)
        #expect(store.yearDataset(2018, for: field)?.status == .estimate)
        #expect(store.yearDataset(2019, for: field)?.status == .actual)
        #expect(store.yearDataset(2020, for: field) == nil)
        #expect(store.yearDataset(2020, for: field, allowingToMonth: true)?.status == .actualThrough(month: 9))
        #expect(store.years == [2018, 2019, 2020])
    }

    @Test func anActualFileWithoutTheColumnFallsBackToTheEstimate() {
        let store = DataStore(datasets: [
            Fixture.dataset(2018, .actual, tree, ["D1": [.labourForce: 100]]),
            Fixture.dataset(2018, .estimate, tree, ["D1": [.participants(.bhxhBB): 2]]),
        ])
        #expect(store.yearDataset(2018, for: .participants(.bhxhBB))?.status == .estimate)
        #expect(store.yearDataset(2018, for: .labourForce)?.status == .actual)
    }

    @Test func labourForceIsCarriedForwardFromTheLatestYear() {
        let store = DataStore(datasets: [
            Fixture.dataset(2016, .actual, tree, ["D1": [.labourForce: 900]]),
            Fixture.dataset(2018, .estimate, tree, ["D1": [.labourForce: 1000]]),
        ])
        let d1 = tree.index(of: "D1")!
        #expect(store.denominator(.labourForce, unit: d1, kind: .district, year: 2020, rule: .carry) == 1000)
        #expect(store.denominator(.labourForce, unit: d1, kind: .district, year: 2017, rule: .carry) == 900)
        #expect(store.denominator(.labourForce, unit: d1, kind: .district, year: 2015, rule: .carry) == nil)
        #expect(store.denominator(.labourForce, unit: tree.index(of: "A")!, kind: .agency, year: 2018, rule: .carry) == nil)
    }

    @Test func labourForceGrowsByTheRatesRoundedToWholePeopleEachYear() {
        let store = DataStore(datasets: [Fixture.dataset(2018, .estimate, tree, ["D1": [.labourForce: 1001]])])
        let rule = DenominatorRule.growth([2019: .d("1.05"), 2020: .d("1.05")])
        // 1001 × 1.0105 = 1011.5105 → 1012; 1012 × 1.0105 = 1022.626 → 1023 (not 1022.13… → 1022).
        #expect(store.denominator(.labourForce, unit: tree.index(of: "D1")!, kind: .district, year: 2019, rule: rule) == 1012)
        #expect(store.denominator(.labourForce, unit: tree.index(of: "D1")!, kind: .district, year: 2020, rule: rule) == 1023)
    }

    @Test func dataOfTheYearWinsOverCarryOrGrowth() {
        let store = DataStore(datasets: [
            Fixture.dataset(2018, .estimate, tree, ["D1": [.labourForce: 1000]]),
            Fixture.dataset(2019, .estimate, tree, ["D1": [.labourForce: 1200]]),
        ])
        #expect(store.denominator(.labourForce, unit: tree.index(of: "D1")!, kind: .district, year: 2019,
                                  rule: .growth([2019: 50])) == 1200)
    }

    @Test(arguments: [DenominatorRule.carry, .growth([2017: .d("2.5"), 2019: .d("1.05"), 2020: .d("-3"), 2021: 1])])
    func denominatorsInOnePassEqualTheFigureOfEachYear(rule: DenominatorRule) {
        let store = DataStore(datasets: [
            Fixture.dataset(2016, .actual, tree, ["D1": [.labourForce: 901]]),
            Fixture.dataset(2019, .estimate, tree, ["D1": [.labourForce: 1001]]),
            Fixture.dataset(2021, .actual, tree, ["P": [.labourForce: 7_700]]),
        ])
        for code in ["D1", "P", "A"] {
            let unit = tree.index(of: code)!
            let kind = tree.units[unit].kind
            for years in [Array(2015...2022), [2016, 2018, 2021, 2022], [2019], [2020, 2021]] {
                let each = years.map { store.denominator(.labourForce, unit: unit, kind: kind, year: $0, rule: rule) }
                #expect(store.denominators(.labourForce, unit: unit, kind: kind, years: years, rule: rule) == each,
                        "\(code) \(years)")
            }
        }
    }

    @Test func plansAndReportsKeepTheirOrderWhenComputedOnAllCores() {
        let values = Array(0..<500)
        #expect(values.concurrentMap { $0 * 3 } == values.map { $0 * 3 })
    }
}

/// A tree built from units whose parents go round in a circle (validation reports them; the tree
/// still builds, with each circle cut where the first walk up meets it again).
@Suite struct UnitTreeCycleTests {
    @Test func eachCircleIsCutOnceAndEveryWalkUpEnds() {
        // E → F → G → F: the walk from E meets F again at G, so G loses its parent. X is its own
        // parent and loses it. H walks up through E, already cleared, and changes nothing.
        let tree = Fixture.tree("P province -", "E commune F", "F district G", "G district F", "H commune E",
                                "X district X", "Q commune P")
        #expect(tree.parents == [nil, 2, 3, nil, 1, nil, 0])
        #expect(tree.children[3] == [2] && tree.children[2] == [1] && tree.children[1] == [4])
        // Every unit once, each after its children.
        #expect(tree.bottomUp == [6, 0, 4, 1, 2, 3, 5])
    }

    @Test func aTreeOfCheckedUnitsIsBuiltFromTheReadersIndexAndParents() {
        // P ← D ← C1, C2; Q a second root. Positions and parents worked out by hand.
        let units = Fixture.tree("P province -", "D district P", "C1 commune D", "Q province -", "C2 commune D").units
        let tree = UnitTree(checked: units, indexByCode: ["P": 0, "D": 1, "C1": 2, "Q": 3, "C2": 4],
                            parents: [nil, 0, 1, nil, 1])
        #expect(tree.children == [[1], [2, 4], [], [], []])
        #expect(tree.bottomUp == [2, 4, 1, 0, 3])
        #expect(tree.index(of: "C2") == 4 && tree.index(of: "X") == nil)
        #expect(tree.ancestors(of: 4) == [1, 0])
    }
}

@Suite struct DatasetFillingTests {
    let tree = Fixture.tree("P province -", "D1 district P", "C1 commune D1", "C2 commune D1", "A agency P")

    @Test func aFractionAmongTheChildrenIsAddedExactly() {
        let data = Fixture.dataset(2018, .actual, tree, [
            "C1": [.participants(.bhxhBB): Decimal(string: "10.25")!], "C2": [.participants(.bhxhBB): 5],
            "A": [.participants(.bhxhBB): 40],
        ])
        // 10,25 + 5 = 15,25 in D1; 15,25 + 40 = 55,25 in P.
        #expect(data.value(.participants(.bhxhBB), unit: tree.index(of: "D1")!) == .d("15.25"))
        #expect(data.value(.participants(.bhxhBB), unit: tree.index(of: "P")!) == .d("55.25"))
        #expect(data.column(.participants(.bhxhBB))?.whole(tree.index(of: "P")!) == nil)
    }

    @Test func theIntegerColumnsGiveWhatTheFileGaveAndTheFilledFigures() throws {
        let data = Fixture.dataset(2018, .actual, tree, [
            "C1": [.labourForce: 100], "C2": [.labourForce: 50], "A": [.labourForce: 9],
        ])
        let given = try #require(data.givenColumn(.labourForce))
        let filled = try #require(data.column(.labourForce))
        #expect(given.whole(tree.index(of: "D1")!) == nil)
        #expect(filled.whole(tree.index(of: "D1")!) == 150)
        #expect(filled.whole(tree.index(of: "P")!) == 150)
        // An agency's labour force is given but never counted.
        #expect(given.whole(tree.index(of: "A")!) == 9)
        #expect(!filled.isKnown(tree.index(of: "A")!))
        #expect(data.givenFields == [.labourForce])
        #expect(data.givenColumn(.population) == nil)
        #expect(data.figures[.labourForce]?[tree.index(of: "P")!] == 150)
    }
}
