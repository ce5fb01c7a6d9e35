import BHXHCore
import Foundation
import Testing
@testable import BHXHInput

@Suite struct DefinitionReaderTests {
    let tree = UnitTree(units: [
        AdminUnit(code: "BK", name: "Tỉnh Bắc Kạn", kind: .province, parentCode: nil),
        AdminUnit(code: "BK-CD", name: "Huyện Chợ Đồn", kind: .district, parentCode: "BK"),
        AdminUnit(code: "BK-BHXH", name: "BHXH tỉnh", kind: .agency, parentCode: "BK"),
        AdminUnit(code: "BK-CD-X", name: "Xã X", kind: .commune, parentCode: "BK-CD"),
    ])

    static let document = """
      "document": {"authority": "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", "kind": "KẾ HOẠCH", "number": "1617/QĐ-UBND",
                   "place": "Bắc Kạn", "date": "2018-09-26", "subject": "S", "bases": ["Căn cứ A;"],
                   "signer": {"authority": "TM. ỦY BAN NHÂN DÂN", "title": "CHỦ TỊCH", "name": "N"}, "recipients": ["Lưu: VT."]}
    """

    func plan(_ body: String) -> (Definition<Plan>?, [Diagnostic]) {
        DefinitionReader.plan(bytes: Array(body.utf8), path: "input/plans/p.json", id: "p", tree: tree)
    }

    func messages(_ body: String) -> [String] {
        plan(body).1.map(\.description)
    }

    @Test func readsACompletePlan() throws {
        let (definition, problems) = plan("""
        {
        \(Self.document),
          "area": "BK", "base": {"year": 2018, "through": "2018-08"}, "years": [2019, 2020],
          "labourForce": {"method": "growth", "rates": {"2019": 1, "2020": 1.5}},
          "carry": "exact", "percentDecimals": 3, "growthForm": "index",
          "appendices": [
            {"number": 1, "scheme": "bhxh_bb", "title": "T1", "target": {"method": "growth", "rates": {"2019": 1.5, "2020": 2}},
             "overrides": {"BK-BHXH": {"method": "growth", "rates": {"2019": 0, "2020": 0}}}},
            {"number": 2, "scheme": "bhxh", "title": "T2", "target": {"method": "coverage", "rates": {"2019": 35, "2020": 38}},
             "carry": "rounded", "percentDecimals": 1},
            {"number": 3, "scheme": "bhyt", "title": "T3", "target": {"method": "total", "totals": {"2019": 900, "2020": 950}, "allocate": "labour_force"}},
            {"number": 4, "scheme": "bhtn", "title": "T4", "target": {"method": "values", "values": {"BK-CD": {"2019": 5, "2020": 6}}}}
          ],
          "narrative": "p.md"
        }
        """)
        #expect(problems.isEmpty, "\(problems)")
        let plan = try #require(definition?.value)
        #expect(plan.area == "BK")
        #expect(plan.baseYear == 2018 && plan.baseThroughMonth == 8)
        #expect(plan.years == [2019, 2020])
        #expect(plan.denominatorRule == .growth([2019: 1, 2020: Decimal(string: "1.5")!]))
        #expect(plan.carry == .exact && plan.percentDecimals == 3 && plan.growthForm == .index)
        #expect(plan.appendices.map(\.scheme) == [.bhxhBB, .bhxh, .bhyt, .bhtn])
        #expect(plan.appendices[0].overrides.map(\.code) == ["BK-BHXH"])
        #expect(plan.appendices[1].carry == .rounded && plan.appendices[1].percentDecimals == 1)
        #expect(plan.appendices[2].target.method == .total(.totals([2019: 900, 2020: 950]), allocation: .labourForce))
        #expect(plan.appendices[3].target.method == .values(["BK-CD": [2019: 5, 2020: 6]]))
        #expect(plan.appendices[0].target.source == SourceRef(path: "input/plans/p.json", line: 9, column: 65))
        #expect(plan.document.date.vietnameseLong == "ngày 26 tháng 9 năm 2018")
        #expect(plan.document.signer.deputy == nil)
        #expect(definition?.narrativeFile?.name == "p.md")
    }

    func minimal(area: String = "\"BK\"", appendix: String) -> String {
        """
        {
        \(Self.document),
          "area": \(area), "base": {"year": 2018}, "years": [2019],
          "appendices": [\(appendix)]
        }
        """
    }

    @Test func unknownUnitSchemeAndMethodAreLocatedErrorsWithSuggestions() {
        let problems = messages(minimal(area: "\"BK-XX\"", appendix: """
        {"number": 1, "scheme": "bhxh_bbb", "title": "T", "target": {"method": "grow", "rates": {"2019": 1}}}
        """))
        #expect(problems.contains { $0.hasPrefix("input/plans/p.json:5:11: error: \"area\" \"BK-XX\" is not a unit code of units.csv") })
        #expect(problems.contains { $0.contains("6:42: error: unknown scheme \"bhxh_bbb\" (did you mean \"bhxh_bb\"?)") })
        #expect(problems.contains { $0.contains("unknown target method \"grow\" (did you mean \"growth\"?); use growth, coverage, participation, total or values") })
    }

    @Test func misspelledKeysAreNamed() {
        let problems = messages(minimal(appendix: """
        {"number": 1, "sheme": "bhxh_bb", "title": "T", "target": {"method": "growth", "rates": {"2019": 1}}}
        """))
        #expect(problems.contains { $0.contains("error: \"sheme\" is not a key of an appendix; did you mean \"scheme\"?") })
        #expect(problems.contains { $0.contains("error: an appendix needs \"scheme\"") })
    }

    @Test func overridesMustBeRowsAndCannotUseTotal() {
        let problems = messages(minimal(appendix: """
        {"number": 1, "scheme": "bhxh_bb", "title": "T", "target": {"method": "total", "totals": {"2019": 10}},
         "overrides": {"BK-CD-X": {"method": "growth", "rates": {"2019": 0}}, "BK-BHXH": {"method": "total", "totals": {"2019": 1}}}}
        """))
        #expect(problems.contains { $0.contains("unit \"BK-CD-X\" is not a row of this table") })
        #expect(problems.contains { $0.contains("a unit override cannot use the total method") })
    }

    @Test func valuesMustNameKnownUnitsAndRatesMustBeNumbers() {
        let problems = messages(minimal(appendix: """
        {"number": 1, "scheme": "bhxh_bb", "title": "T", "target": {"method": "values", "values": {"BK-ZZ": {"2019": 5}, "BK-CD": {"2019": "5,5"}}}}
        """))
        #expect(problems.contains { $0.contains("the unit \"BK-ZZ\" is not a unit code of units.csv") })
        #expect(problems.contains { $0.contains("must be a number without quotes (write 5.5, not \"5,5\")") })
    }

    @Test func yearsAndDatesAreChecked() {
        let body = """
        {
          "document": {"authority": "A", "kind": "K", "number": "1", "place": "P", "date": "2018-02-30", "subject": "S",
                       "signer": {"title": "T", "name": "N"}},
          "area": "BK", "base": {"year": 2018, "through": "2018-13"}, "years": [2017, 2019, 2019],
          "appendices": [{"number": 1, "scheme": "bhxh_bb", "title": "T", "target": {"method": "growth", "rates": {"20x9": 1}}}]
        }
        """
        let problems = messages(body)
        #expect(problems.contains { $0.contains("2:84: error: \"date\" must be a real date written YYYY-MM-DD") })
        #expect(problems.contains { $0.contains("\"through\" must be a month of the base year written YYYY-MM") })
        #expect(problems.contains { $0.contains("plan years must be listed in increasing order") })
        #expect(problems.contains { $0.contains("plan year 2017 is not after the base year 2018") })
        #expect(problems.contains { $0.contains("\"20x9\" in \"rates\" is not a year") })
    }

    @Test func syntaxErrorsPointAtTheirPlace() {
        let problems = messages("{\n  \"area\": \"BK\",\n  \"years\": [2019,]\n}")
        #expect(problems == ["input/plans/p.json:3:18: error: expected a value (text in \"quotes\", a number, true, false, null, [ or {)"])
    }

    @Test func readsAReport() throws {
        let (definition, problems) = DefinitionReader.report(bytes: Array("""
        {"plan": "p", "year": 2019, \(Self.document), "narrative": "r.md"}
        """.utf8), path: "input/reports/r.json", id: "r")
        #expect(problems.isEmpty)
        #expect(definition?.value.planID == "p")
        #expect(definition?.value.year == 2019)
        #expect(definition?.narrativeFile?.name == "r.md")
    }

    @Test func aNarrativeMustBeAFileNameNotAPath() {
        let problems = DefinitionReader.report(bytes: Array("""
        {"plan": "p", "year": 2019, \(Self.document), "narrative": "../../etc/passwd"}
        """.utf8), path: "r.json", id: "r").1
        #expect(problems.first?.message.contains("must be a file name in the same folder") == true)
    }
}

@Suite struct HeaderNameTests {
    @Test(arguments: [
        ("unit", HeaderName.code), ("Mã đơn vị", .code), ("MÃ", .code), ("ma don vi", .code),
        ("Lực lượng lao động", .field(.labourForce)), ("  LUC_LUONG-lao dong ", .field(.labourForce)),
        ("Dân số", .field(.population)), ("BHXH bắt buộc", .field(.participants(.bhxhBB))),
        ("Bảo hiểm thất nghiệp", .field(.participants(.bhtn))), ("bhyt", .field(.participants(.bhyt))),
        ("Số người thuộc diện tham gia BHXH bắt buộc", .field(.eligible(.bhxhBB))),
        ("bhtn_eligible", .field(.eligible(.bhtn))), ("Tên", .name), ("Cấp trên", .parent), ("Loại", .kind), ("STT", .rowNumber),
    ])
    func recognisesEnglishAndVietnameseHeaders(header: String, expected: HeaderName) {
        #expect(HeaderName(header: header) == expected)
    }

    @Test func decomposedHeadersMatchToo() {
        #expect(HeaderName(header: "Lực lượng lao động".decomposedStringWithCanonicalMapping) == .field(.labourForce))
    }

    @Test func unknownHeadersAreNotGuessed() {
        #expect(HeaderName(header: "bhxh_bbb") == nil)
        #expect(HeaderName(header: "Ghi chú") == nil)
    }
}

@Suite struct DataFileNameTests {
    @Test func readsTheThreePatterns() {
        #expect(DataFileName("2018.csv") == DataFileName(year: 2018, status: .actual))
        #expect(DataFileName("2018-08.csv") == DataFileName(year: 2018, status: .actualThrough(month: 8)))
        #expect(DataFileName("2018.estimate.csv") == DataFileName(year: 2018, status: .estimate))
    }

    @Test(arguments: ["2018.xlsx", "2018-13.csv", "2018-8.csv", "18.csv", "2018.estimated.csv", "data.csv", "2018-08.estimate.csv"])
    func rejectsOtherNames(name: String) {
        #expect(DataFileName(name) == nil)
    }
}

extension DataFileName {
    init(year: Int, status: DataStatus) {
        self = DataFileName(status == .estimate ? "\(year).estimate.csv" : status == .actual ? "\(year).csv" : "\(year)-\(status.key.suffix(2)).csv")!
    }
}
