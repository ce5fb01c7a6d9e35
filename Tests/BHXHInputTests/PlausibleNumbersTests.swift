import BHXHCore
import Foundation
import Testing
@testable import BHXHInput

/// Plausible numbers only (issue 11, item 3): impossible rates and counts are errors at their place.
@Suite struct PlausibleNumbersTests {
    let tree = UnitTree(units: [
        AdminUnit(code: "BK", name: "Tỉnh Bắc Kạn", kind: .province, parentCode: nil),
        AdminUnit(code: "BK-CD", name: "Huyện Chợ Đồn", kind: .district, parentCode: "BK"),
        AdminUnit(code: "BK-BHXH", name: "BHXH tỉnh", kind: .agency, parentCode: "BK"),
    ])

    /// A one-appendix plan whose `target` (and optional extra plan keys) is given; line 6 holds the appendix.
    func problems(target: String, overrides: String = "", plan extra: String = "") -> [String] {
        let overrideKey = overrides.isEmpty ? "" : ", \"overrides\": \(overrides)"
        let body = """
        {
        \(DefinitionReaderTests.document),
          "area": "BK", "base": {"year": 2018}, "years": [2019, 2020]\(extra),
        "appendices": [{"number": 1, "scheme": "bhxh_bb", "title": "T", "target": \(target)\(overrideKey)}]
        }
        """
        return DefinitionReader.plan(bytes: Array(body.utf8), path: "p.json", id: "p", tree: tree).1.map(\.description)
    }

    @Test func aGrowthRateOfMinus100OrLessIsAnErrorAtItsNumber() {
        // "target": {"method": "growth", "rates": {"2019": -200 — the number starts at column 114.
        #expect(problems(target: #"{"method": "growth", "rates": {"2019": -200, "2020": -100}}"#) == [
            "p.json:6:114: error: the value for 2019 in \"rates\" is -200%, a fall of 100% or more, which would leave no one; a growth rate must be above -100",
            "p.json:6:128: error: the value for 2020 in \"rates\" is -100%, a fall of 100% or more, which would leave no one; a growth rate must be above -100",
        ])
        #expect(problems(target: #"{"method": "growth", "rates": {"2019": -99.9, "2020": 0}}"#).isEmpty)
    }

    @Test func coverageRatesMustBeFrom0To100() {
        #expect(problems(target: #"{"method": "coverage", "rates": {"2019": 250, "2020": -5}}"#) == [
            "p.json:6:116: error: the value for 2019 in \"rates\" is 250%, but a share of people must be from 0 to 100 (percent)",
            "p.json:6:129: error: the value for 2020 in \"rates\" is -5%, but a share of people must be from 0 to 100 (percent)",
        ])
        #expect(problems(target: #"{"method": "coverage", "rates": {"2019": 0, "2020": 100}}"#).isEmpty)
        #expect(problems(target: #"{"method": "coverage", "rates": {"2019": 1e30, "2020": 1}}"#).count == 1)
    }

    @Test func participationAndAreaWideRatesAreSharesToo() {
        let participation = problems(target: #"{"method": "participation", "rates": {"2019": 184.95, "2020": 85}}"#)
        #expect(participation.count == 1)
        #expect(participation.first?.contains("the value for 2019 in \"rates\" is 184.95%, but a share of people must be from 0 to 100") == true)
        let coverage = problems(target: #"{"method": "total", "coverage": {"2019": 35, "2020": 350}}"#)
        #expect(coverage.count == 1)
        #expect(coverage.first?.contains("the value for 2020 in \"coverage\" is 350%") == true)
        let eligible = problems(target: #"{"method": "total", "participation": {"2019": -1, "2020": 50}, "allocate": "eligible"}"#)
        #expect(eligible.count == 1)
        #expect(eligible.first?.contains("the value for 2019 in \"participation\" is -1%") == true)
    }

    @Test func aMisspeltTotalsIsOneError() {
        #expect(problems(target: #"{"method": "total", "total": {"2019": 10, "2020": 12}}"#) == [
            "p.json:6:95: error: \"total\" is not a key of a target method; did you mean \"totals\"?",
        ])
    }

    @Test func overrideAndLabourForceRatesAreCheckedToo() {
        let override = problems(target: #"{"method": "coverage", "rates": {"2019": 30, "2020": 31}}"#,
                                overrides: #"{"BK-CD": {"method": "growth", "rates": {"2019": -150, "2020": 1}}}"#)
        #expect(override.count == 1)
        #expect(override.first?.contains("the value for 2019 in \"rates\" is -150%") == true)
        let labour = problems(target: #"{"method": "growth", "rates": {"2019": 1, "2020": 1}}"#,
                              plan: #", "labourForce": {"method": "growth", "rates": {"2019": -100, "2020": 2}}"#)
        #expect(labour == [
            "p.json:5:118: error: the value for 2019 in the labour-force \"rates\" is -100%, a fall of 100% or more, which would leave no one; a growth rate must be above -100",
        ])
    }

    @Test func ratesWithMoreThanFourDecimalsAreAWarning() {
        let found = problems(target: #"{"method": "coverage", "rates": {"2019": 35.12345, "2020": 35.1234}}"#)
        #expect(found == [
            "p.json:6:116: warning: the value for 2019 in \"rates\" (35.12345) has more than 4 decimals; rates are percents, so check it is not a typo or a fraction (write 35.5 for 35,5%, not 0.355)",
        ])
    }

    @Test func totalsAndValuesAreCountsOfAtMost200Million() {
        let totals = problems(target: #"{"method": "total", "totals": {"2019": 200000000, "2020": 200000001}}"#)
        #expect(totals == [
            "p.json:6:133: error: the value for 2020 in \"totals\" is 200000001 people, more than the country has; a count must be at most 200.000.000",
        ])
        let values = problems(target: #"{"method": "values", "values": {"BK-CD": {"2019": 1e26, "2020": 2.5}}}"#)
        #expect(values.count == 2)
        #expect(values.contains { $0.contains("is 100000000000000000000000000 people, more than the country has") })
        #expect(values.contains { $0.contains("must be a whole number of people, not 2.5") })
    }

    @Test func aDataFileCountAbove200MillionIsAnError() {
        let (dataset, diagnostics) = DataFileReader.read(
            bytes: Array("unit,bhxh_bb\nBK-CD,200.000.000\nBK-BHXH,100000000000000000000000000\n".utf8),
            path: "data/2018.csv", year: 2018, status: .actual, tree: tree)
        #expect(dataset == nil)
        #expect(diagnostics.map(\.description) == [
            "data/2018.csv:3:2: error: bhxh_bb is 100000000000000000000000000 people, more than the country has; a count must be at most 200.000.000",
        ])
    }
}
