import BHXHCore
import Foundation
import Testing
@testable import BHXHInput

/// The JSON forms of area-wide targets, participation targets and one-unit areas.
@Suite struct AreaTargetReaderTests {
    let reader = DefinitionReaderTests()
    /// A town with no units below it (seed 001, Bỉm Sơn).
    let town = UnitTree(units: [AdminUnit(code: "BS", name: "Thị xã Bỉm Sơn", kind: .town, parentCode: nil)])

    func target(_ json: String) -> (TargetMethod?, [String]) {
        let (definition, problems) = reader.plan(reader.minimal(appendix: """
        {"number": 1, "scheme": "bhxh", "title": "T", "target": \(json)}
        """))
        return (definition?.value.appendices.first?.target.method, problems.map(\.description))
    }

    @Test func theTotalMethodTakesACoverageOrParticipationRateForTheWholeArea() {
        #expect(target(#"{"method": "total", "coverage": {"2019": 35}, "allocate": "share"}"#).0
                == .total(.coverage([2019: 35]), allocation: .share))
        #expect(target(#"{"method": "total", "participation": {"2019": 84.95}, "allocate": "eligible"}"#).0
                == .total(.participation([2019: Decimal(string: "84.95")!]), allocation: .eligible))
        #expect(target(#"{"method": "total", "totals": {"2019": 12850}}"#).0 == .total(.totals([2019: 12850]), allocation: .share))
    }

    @Test func theTotalMethodTakesExactlyOneForm() {
        let (none, noneProblems) = target(#"{"method": "total", "allocate": "share"}"#)
        #expect(none == nil)
        #expect(noneProblems.contains { $0.contains("error: the total method needs one of \"totals\" (people, like {\"2019\": 23500}), \"coverage\" or \"participation\"") })
        let (two, twoProblems) = target(#"{"method": "total", "totals": {"2019": 1}, "coverage": {"2019": 35}}"#)
        #expect(two == nil)
        #expect(twoProblems.contains { $0.contains("error: the total method takes only one of \"totals\", \"coverage\" and \"participation\", not \"totals\" and \"coverage\"") })
    }

    @Test func theParticipationMethodTakesRates() {
        #expect(target(#"{"method": "participation", "rates": {"2019": 84.95}}"#).0
                == .participation(rates: [2019: Decimal(string: "84.95")!]))
        let (_, problems) = target(#"{"method": "participation", "totals": {"2019": 1}}"#)
        #expect(problems.contains { $0.contains("error: the participation method takes no \"totals\"") })
        #expect(problems.contains { $0.contains("error: the participation method needs \"rates\", like {\"2019\": 35}") })
    }

    @Test func aOneUnitAreaIsItsOwnRow() {
        let body = reader.minimal(area: "\"BS\"", appendix: """
        {"number": 1, "scheme": "bhxh_bb", "title": "T", "target": {"method": "values", "values": {"BS": {"2019": 12850}}},
         "overrides": {"BS": {"method": "participation", "rates": {"2019": 84.95}}}}
        """)
        let (definition, problems) = DefinitionReader.plan(bytes: Array(body.utf8), path: "input/plans/p.json", id: "p", tree: town)
        #expect(problems.isEmpty, "\(problems)")
        #expect(definition?.value.appendices.first?.overrides.map(\.code) == ["BS"])
    }
}
