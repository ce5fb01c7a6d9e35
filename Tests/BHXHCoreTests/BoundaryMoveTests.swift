import Foundation
import Testing
import VietnameseFormat
@testable import BHXHCore

/// Figures counted in the old register, moved into the new one (each rule of the crosswalk contract).
@Suite struct BoundaryMoveTests {
    /// Old register: district D with communes O1, O2, O3.
    let old = Fixture.tree("OP province -", "D district OP", "O1 commune D", "O2 commune D", "O3 commune D")
    /// New register: province P with communes N1, N2, N3 (N3 is fed by nothing).
    let new = Fixture.tree("P province -", "N1 commune P", "N2 commune P", "N3 commune P")

    private func crosswalk(_ rows: [(String, String, Decimal)]) -> Crosswalk {
        Crosswalk(moves: rows.map { Crosswalk.Move(old: old.index(of: $0.0)!, new: new.index(of: $0.1)!, share: $0.2) })
    }

    private func moved(_ values: [String: Decimal], _ rows: [(String, String, Decimal)]) -> Dataset {
        let dataset = Fixture.dataset(2020, .actual, old, values.mapValues { [.participants(.bhxhBB): $0] })
        return BoundaryMove.move(dataset, through: crosswalk(rows), into: new)
    }

    private func value(_ dataset: Dataset, _ code: String) -> ExactNumber? {
        dataset.value(.participants(.bhxhBB), unit: new.index(of: code)!)
    }

    @Test func unitsMovedWholeAddUpInTheirNewUnit() {
        // O1 (120) and O2 (35) merge into N1: 155.
        let data = moved(["O1": 120, "O2": 35, "O3": 7], [("O1", "N1", 1), ("O2", "N1", 1), ("O3", "N2", 1)])
        #expect(value(data, "N1") == 155)
        #expect(value(data, "N2") == 7)
        #expect(data.movedAcrossBoundary)
        #expect(data.year == 2020 && data.status == .actual)
    }

    @Test func aSplitFigureIsDividedByLargestRemainderAndAddsUpExactly() {
        // O2 (101) split 0,4 / 0,6: 40,4 → 40 and 60,6 → 60, the one left over to the larger
        // remainder (0,6): 40 and 61. N1 also gets O1 whole: 10 + 40 = 50.
        let data = moved(["O1": 10, "O2": 101], [("O1", "N1", 1), ("O2", "N1", Decimal(string: "0.4")!), ("O2", "N2", Decimal(string: "0.6")!)])
        #expect(value(data, "N1") == 50)
        #expect(value(data, "N2") == 61)
        #expect(value(data, "P") == 111)
    }

    @Test func aTieGoesToTheRowListedFirst() {
        // 7 split 0,5 / 0,5: 3,5 and 3,5; the person left over goes to the first row (N2).
        let data = moved(["O1": 7], [("O1", "N2", Decimal(string: "0.5")!), ("O1", "N1", Decimal(string: "0.5")!)])
        #expect(value(data, "N2") == 4)
        #expect(value(data, "N1") == 3)
    }

    @Test func threeWaySplitGivesTheLeftOverToTheLargestRemainder() {
        // 11 over 0,3 / 0,3 / 0,4: 3,3 3,3 4,4 → 3 3 4 (10), the 1 left to the 0,4 remainder: 3 3 5.
        let data = moved(["O3": 11], [("O3", "N1", Decimal(string: "0.3")!), ("O3", "N2", Decimal(string: "0.3")!),
                                      ("O3", "N3", Decimal(string: "0.4")!)])
        #expect(value(data, "N1") == 3)
        #expect(value(data, "N2") == 3)
        #expect(value(data, "N3") == 5)
    }

    @Test func aNewUnitIsUnknownWhenAnyUnitFeedingItHasNoFigure() {
        // N1 is fed by O1 (known) and O2 (unknown): unknown, not 120.
        let data = moved(["O1": 120, "O3": 9], [("O1", "N1", 1), ("O2", "N1", 1), ("O3", "N2", 1)])
        #expect(value(data, "N1") == nil)
        #expect(value(data, "N2") == 9)
    }

    @Test func aNewUnitNothingFeedsIsUnknownAndItsParentSumsTheOthers() {
        let data = moved(["O1": 120, "O2": 30], [("O1", "N1", 1), ("O2", "N2", 1)])
        #expect(value(data, "N3") == nil)
        #expect(value(data, "P") == 150)
    }

    @Test func anOldDistrictInTheCrosswalkMovesWithTheSumOfItsCommunes() {
        // D has no figure of its own: it moves with O1 + O2 + O3 = 6.
        let data = moved(["O1": 1, "O2": 2, "O3": 3], [("D", "N1", 1)])
        #expect(value(data, "N1") == 6)
    }

    @Test func aSplitUnitWithoutAFigureLeavesEveryPartUnknown() {
        // Old positions: OP, D, O1, O2 (unknown), O3 (5, not in the crosswalk).
        let column = BoundaryMove.move([nil, nil, nil, nil, 5],
                                       through: crosswalk([("O2", "N1", Decimal(string: "0.4")!), ("O2", "N2", Decimal(string: "0.6")!)]),
                                       unitCount: 4)
        #expect(column == [nil, nil, nil, nil])
    }

    @Test func aRowOutsideTheNewUnitsKeepsItsPartAndTheOthersKeepTheirs() {
        // New positions: P 0, N1 1, N2 2, N3 3; only 0 … 2 are moved into. O1 (11) split 0,2 → N1,
        // 0,3 → N3, 0,5 → N2 over all three rows: 2,2 3,3 5,5 → 2 3 5 (10), the one left over to
        // the largest remainder (0,5, N2's row): 2 3 6. N1 gets 2, N2 gets 6 (not N3's 3), and N3's
        // 3 is counted nowhere. P is fed by nothing.
        let rows: [(String, String, Decimal)] = [("O1", "N1", Decimal(string: "0.2")!), ("O1", "N3", Decimal(string: "0.3")!),
                                                 ("O1", "N2", Decimal(string: "0.5")!)]
        let column = BoundaryMove.move([nil, nil, 11, nil, nil], through: crosswalk(rows), unitCount: 3)
        #expect(column == [nil, 2, 6])
    }

    @Test func aSplitFigureThatIsNotWholeIsDividedExactly() {
        // 10,5 people (a figure only `Decimal` holds as given) rounds half up to 11, split 0,5 / 0,5:
        // 5,5 and 5,5, the one left over to the first row: N1 6, N2 5.
        let column = BoundaryMove.move([nil, nil, Decimal(string: "10.5")!, nil, nil],
                                       through: crosswalk([("O1", "N1", Decimal(string: "0.5")!), ("O1", "N2", Decimal(string: "0.5")!)]),
                                       unitCount: 4)
        #expect(column == [nil, 6, 5, nil])
    }
}

/// The note under tables and series with moved years.
@Suite struct BoundaryNoteTests {
    @Test func oneYearSeveralYearsAndRuns() {
        #expect(BoundaryNote.text(movedYears: []) == nil)
        #expect(BoundaryNote.text(movedYears: [2018]) == "Số liệu năm 2018 quy đổi theo địa giới mới.")
        #expect(BoundaryNote.text(movedYears: [2019, 2018, 2018]) == "Số liệu các năm 2018, 2019 quy đổi theo địa giới mới.")
        #expect(BoundaryNote.text(movedYears: [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2012])
                == "Số liệu các năm 2012, 2015–2024 quy đổi theo địa giới mới.")
    }

    @Test func aPlanTableSaysWhenItsBaseYearWasMoved() {
        let tree = Fixture.tree("P province -", "N1 commune P", "N2 commune P")
        let base = Fixture.dataset(2024, .actual, tree, ["N1": [.participants(.bhxhBB): 100], "N2": [.participants(.bhxhBB): 50]])
        let moved = Dataset(year: base.year, status: base.status, source: base.source, given: base.given, tree: tree, movedAcrossBoundary: true)
        let plan = Fixture.plan(base: 2024, years: [2025], appendices: [Fixture.appendix(.growth(rates: [2025: 10]))])
        #expect(Fixture.compute(plan, tree, [moved]).0?.appendices.first?.table().note == "Số liệu năm 2024 quy đổi theo địa giới mới.")
        #expect(Fixture.compute(plan, tree, [base]).0?.appendices.first?.table().note == nil)
    }
}
