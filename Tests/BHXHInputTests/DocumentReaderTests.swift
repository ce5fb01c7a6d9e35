import BHXHCore
import Testing
import VietnameseFormat
@testable import BHXHInput

/// The "document" of a plan: drafts, and a decision that issues the plan (seeds 002 and 003).
@Suite struct DocumentReaderTests {
    let tree = UnitTree(units: [
        AdminUnit(code: "BK", name: "Tỉnh Bắc Kạn", kind: .province, parentCode: nil),
        AdminUnit(code: "BK-CD", name: "Huyện Chợ Đồn", kind: .district, parentCode: "BK"),
    ])

    /// A plan whose document's members are `members` (one per line, from line 2 of the file).
    func plan(_ members: String) -> (Plan?, [String]) {
        let body = """
        {"document": {"authority": "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", "kind": "KẾ HOẠCH", "place": "Bắc Kạn", "subject": "S",
        \(members)},
          "area": "BK", "base": {"year": 2018}, "years": [2019],
          "appendices": [{"number": 1, "scheme": "bhxh_bb", "title": "T", "target": {"method": "growth", "rates": {"2019": 1}}}]
        }
        """
        let (definition, problems) = DefinitionReader.plan(bytes: Array(body.utf8), path: "p.json", id: "p", tree: tree)
        return (definition?.value, problems.map(\.description))
    }

    static let signer = #""signer": {"authority": "TM. ỦY BAN NHÂN DÂN", "title": "CHỦ TỊCH", "name": "Phạm Duy Hưng"}"#

    @Test func aDraftMayLeaveTheNumberTheDayAndTheSignersNameBlank() throws {
        let (plan, problems) = plan("""
        "draft": true, "number": "/KH-UBND", "date": "2022",
        "signer": {"title": "CHỦ TỊCH", "name": ""}, "recipients": []
        """)
        #expect(problems.isEmpty, "\(problems)")
        let document = try #require(plan?.document)
        #expect(document.isDraft && document.number == "/KH-UBND" && document.date == .year(2022))
        #expect(document.signer.name == "" && document.recipients.isEmpty && document.decision == nil)
        let (month, monthProblems) = self.plan("\"draft\": true, \"number\": \"/KH-UBND\", \"date\": \"2022-10\", \(Self.signer)")
        #expect(monthProblems.isEmpty && month?.document.date == .month(year: 2022, month: 10))
    }

    @Test func withoutDraftABlankNumberDayOrNameIsAnErrorWhereItIsWritten() {
        let (plan, problems) = plan("""
        "number": "/KH-UBND", "date": "2022",
        "signer": {"title": "CHỦ TỊCH", "name": ""}
        """)
        #expect(plan == nil)
        #expect(problems == [
            "p.json:2:11: error: \"number\" \"/KH-UBND\" has no number before the \"/\": write the number the document was given (like \"1617/QĐ-UBND\"), or mark the document \"draft\": true to leave it blank",
            "p.json:2:31: error: \"date\" \"2022\" gives no day: a document that is issued needs its whole date written YYYY-MM-DD (like \"2018-09-26\"), or mark the document \"draft\": true to leave the day blank",
            "p.json:3:41: error: the signer's \"name\" is empty",
        ])
        let (_, flagProblems) = self.plan("\"draft\": \"yes\", \"number\": \"1/KH\", \"date\": \"2022-13\", \(Self.signer)")
        #expect(flagProblems == [
            "p.json:2:10: error: \"draft\" must be true or false (without quotes), not a text",
            "p.json:2:43: error: \"date\" must be a real date written YYYY-MM-DD (like \"2018-09-26\"), not \"2022-13\"",
        ])
    }

    @Test func aDecisionIssuesThePlanWithItsNumberDateAndSignature() throws {
        let (plan, problems) = plan("""
        "decision": {"number": "317/QĐ-UBND", "date": "2017-03-20", "subject": "Về việc ban hành Kế hoạch",
          "bases": ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"],
          "articles": ["Ban hành kèm theo Quyết định này Kế hoạch.", "Quyết định có hiệu lực kể từ ngày ký."],
          \(Self.signer), "recipients": ["Như Điều 3;"]}
        """)
        #expect(problems.isEmpty, "\(problems)")
        let document = try #require(plan?.document)
        let decision = try #require(document.decision)
        #expect(decision.articles.count == 2 && decision.bases.count == 1 && decision.recipients == ["Như Điều 3;"])
        #expect(decision.subject == "Về việc ban hành Kế hoạch")
        #expect(document.number == "317/QĐ-UBND" && document.date == .day(OfficialDate(year: 2017, month: 3, day: 20)!))
        #expect(document.signer.name == "Phạm Duy Hưng" && document.recipients.isEmpty && !document.isDraft)
    }

    @Test func aDecisionsOwnFieldsFollowTheSameRulesAndTheDocumentCannotRepeatThem() {
        let (plan, problems) = plan("""
        "number": "1/KH", "decision": {"number": "/QĐ-UBND", "date": "2017", "subject": "S", "articles": [], \(Self.signer)}
        """)
        #expect(plan == nil)
        #expect(problems == [
            "p.json:2:1: error: a plan issued by a decision takes its number, date, signer and recipients from \"decision\": move \"number\" there",
            "p.json:2:42: error: the decision's \"number\" \"/QĐ-UBND\" has no number before the \"/\": write the number the document was given (like \"1617/QĐ-UBND\"), or mark the document \"draft\": true to leave it blank",
            "p.json:2:62: error: the decision's \"date\" \"2017\" gives no day: a document that is issued needs its whole date written YYYY-MM-DD (like \"2018-09-26\"), or mark the document \"draft\": true to leave the day blank",
            "p.json:2:98: error: the decision's \"articles\" lists no article; a decision needs at least \"Điều 1\" (like \"Ban hành kèm theo Quyết định này Kế hoạch …\")",
        ])
    }

    @Test func aReportIsNotIssuedByADecision() {
        let body = """
        {"plan": "p", "year": 2019, "document": {"authority": "A", "kind": "BÁO CÁO", "number": "1/BC", "place": "P",
          "date": "2019-12-01", "subject": "S", "signer": {"title": "T", "name": "N"}, "decision": {}}}
        """
        let problems = DefinitionReader.report(bytes: Array(body.utf8), path: "r.json", id: "r").1.map(\.description)
        #expect(problems == ["r.json:2:80: error: \"decision\" is not a key of \"document\""])
    }
}
