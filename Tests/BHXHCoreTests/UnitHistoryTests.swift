import Foundation
import Testing
@testable import BHXHCore

@Suite struct UnitHistoryTests {
    let tree = Fixture.tree("P province -", "D1 district P Huyện Một", "A agency P BHXH tỉnh")

    func figures() -> ProjectFigures {
        let data = [
            Fixture.dataset(2017, .actual, tree, ["D1": [.labourForce: 1000, .participants(.bhxhBB): 100]]),
            Fixture.dataset(2018, .estimate, tree, ["D1": [.participants(.bhxhBB): 110], "A": [.participants(.bhxhBB): 50]]),
            Fixture.dataset(2018, .actualThrough(month: 6), tree, ["D1": [.participants(.bhxhBB): 104]]),
            Fixture.dataset(2018, .actualThrough(month: 9), tree, ["D1": [.participants(.bhxhBB): 107]]),
        ]
        let plan = Fixture.plan(years: [2019], appendices: [Fixture.appendix(.growth(rates: [2019: 10]))])
        let project = Project(tree: tree, data: DataStore(datasets: data), plans: [plan], reports: [])
        return ProjectFigures.compute(project).0
    }

    @Test func aUnitHasItsYearsLatestToMonthAndTargets() throws {
        let histories = figures().unitHistories()
        #expect(histories.map(\.unit.code) == ["P", "D1", "A"])
        let district = try #require(histories[1].schemes.first)
        #expect(histories[1].schemes.map(\.scheme) == [.bhxhBB])
        #expect(district.years.map(\.year) == [2017, 2018])
        #expect(district.years.map(\.status) == [.actual, .estimate])
        #expect(district.years.map(\.participants) == [100, 110])
        // The labour force of 2017 is carried into 2018.
        #expect(district.years[1].coverage == 11)
        #expect(district.toMonth.map(\.status) == [.actualThrough(month: 9)])
        #expect(district.toMonth.map(\.participants) == [107])
        #expect(district.targets.map(\.participants) == [121])
        #expect(district.targets.first?.planID == "test")
        // The area gets the plan's total row as its targets; the agency has no coverage.
        #expect(histories[0].schemes.first?.targets.map(\.participants) == [176])
        #expect(histories[2].schemes.first?.years.first?.coverage == nil)
    }
}
