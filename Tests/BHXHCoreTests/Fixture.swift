import Foundation
import VietnameseFormat
@testable import BHXHCore

/// Builds small projects for tests: `Fixture.units("P province -", "D1 district P", …)`.
enum Fixture {
    /// Units from "code kind parent [name]" lines ("-" for no parent); the name defaults to the code.
    static func tree(_ lines: String...) -> UnitTree {
        UnitTree(units: lines.map { line in
            let parts = line.split(separator: " ", maxSplits: 3).map(String.init)
            return AdminUnit(code: parts[0], name: parts.count > 3 ? parts[3] : parts[0],
                        kind: UnitKind(rawValue: parts[1])!, parentCode: parts[2] == "-" ? nil : parts[2])
        })
    }

    /// A dataset from `[code: [field: value]]`.
    static func dataset(_ year: Int, _ status: DataStatus = .actual, _ tree: UnitTree,
                        _ values: [String: [DataField: Decimal]]) -> Dataset {
        var given: [DataField: [Decimal?]] = [:]
        for (code, fields) in values {
            let index = tree.index(of: code)!
            for (field, value) in fields {
                given[field, default: Array(repeating: nil, count: tree.units.count)][index] = value
            }
        }
        return Dataset(year: year, status: status, source: SourceRef(path: "data/\(year).csv"), given: given, tree: tree)
    }

    static let document = DocumentInfo(
        parentAuthority: nil, authority: "ỦY BAN NHÂN DÂN TỈNH X", kind: "KẾ HOẠCH", number: "1/KH-UBND",
        place: "X", date: .day(OfficialDate(year: 2018, month: 9, day: 26)!), subject: "Test", bases: [],
        signer: Signer(authority: nil, deputy: nil, title: "CHỦ TỊCH", name: "A"), recipients: [])

    /// A plan over `area` with one appendix per given scheme and method.
    static func plan(area: String = "P", base: Int = 2018, through: Int? = nil, years: [Int] = [2019, 2020],
                     rule: DenominatorRule = .carry, carry: CarryMode = .rounded,
                     appendices: [Appendix]) -> Plan {
        Plan(id: "test", document: document, area: area, baseYear: base, baseThroughMonth: through, years: years,
             denominatorRule: rule, carry: carry, percentDecimals: 2, appendices: appendices,
             source: SourceRef(path: "plans/test.json"))
    }

    static func appendix(_ method: TargetMethod, scheme: Scheme = .bhxhBB,
                         overrides: [(code: String, rule: TargetRule)] = [], carry: CarryMode? = nil) -> Appendix {
        Appendix(number: 1, scheme: scheme, title: "PHỤ LỤC", target: TargetRule(method, source: SourceRef(path: "plans/test.json", line: 9, column: 5)),
                 overrides: overrides, carry: carry)
    }

    static func compute(_ plan: Plan, _ tree: UnitTree, _ datasets: [Dataset]) -> (PlanFigures?, [Diagnostic]) {
        PlanCalculator(tree: tree, data: DataStore(datasets: datasets)).compute(plan)
    }
}

extension Decimal {
    /// Test shorthand: `d("21.51")`.
    static func d(_ text: String) -> Decimal { Decimal(string: text)! }
}

extension ExactNumber {
    /// Test shorthand: `d("21.51")`.
    static func d(_ text: String) -> ExactNumber { ExactNumber(Decimal(string: text)!) }
}

/// Shorthand for the values of a plan row by year position.
extension PlanRow {
    var targetValues: [ExactNumber?] { targets.map(\.participants) }
}
