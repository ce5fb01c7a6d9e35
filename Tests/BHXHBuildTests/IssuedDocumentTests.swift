import BHXHBuild
import Foundation
import Testing

/// Documents as they are issued (Decree 30/2020): a plan attached to the decision that issues it
/// (seed 003), and a draft (seed 002), built from the shipped example with its document changed.
@Suite struct IssuedDocumentTests {
    static let planFile = "plans/bac-kan-2019-2020.json"
    static let signer = """
    "signer": {"authority": "TM. ỦY BAN NHÂN DÂN", "deputy": "KT. CHỦ TỊCH", "title": "PHÓ CHỦ TỊCH", "name": "Phạm Duy Hưng"}
    """

    /// Builds the example with its plan's document's number, date, signer and recipients replaced
    /// by `members`; returns the plan's page and Markdown.
    func build(_ members: String) throws -> (html: String, markdown: String) {
        let folder = try ProjectFolder()
        defer { folder.remove() }
        let path = folder.input.appendingPathComponent(Self.planFile)
        try folder.write(try Self.replacingParticulars(of: try String(contentsOf: path, encoding: .utf8), with: members),
                         to: Self.planFile)
        let outcome = Pipeline.build(BuildRequest(input: folder.input, inputDisplayPath: "input", output: folder.output))
        #expect(outcome.failure == nil, "\(outcome.diagnostics.map(\.description))")
        let files = try folder.outputFiles()
        let html = try #require(files["plans/bac-kan-2019-2020/index.html"])
        let markdown = try #require(files["plans/bac-kan-2019-2020/bac-kan-2019-2020.md"])
        return (String(decoding: html, as: UTF8.self), String(decoding: markdown, as: UTF8.self))
    }

    /// The example plan's `json` with its document's number, date, signer and recipients
    /// replaced by `members`.
    static func replacingParticulars(of json: String, with members: String) throws -> String {
        var json = json
        for line in ["\"number\": \"1617/QĐ-UBND\",", "\"date\": \"2018-09-26\","] {
            json = json.replacingOccurrences(of: line, with: "")
        }
        // The signer and the recipients close the document.
        let start = try #require(json.range(of: "\"signer\": {"))
        let end = try #require(json.range(of: "\"Lưu: VT.\"\n    ]"))
        json.replaceSubrange(start.lowerBound..<end.upperBound, with: members)
        return json
    }

    static let decision = """
    "decision": {"number": "317/QĐ-UBND", "date": "2017-03-20",
      "subject": "Về việc ban hành Kế hoạch thực hiện Nghị quyết số 102/NQ-CP",
      "bases": ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                "Xét đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội,"],
      "articles": ["Ban hành kèm theo Quyết định này Kế hoạch thực hiện Nghị quyết số 102/NQ-CP.",
                   "Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./."],
      \(signer), "recipients": ["Như Điều 2;", "Lưu: VT."]}
    """

    @Test func theDecisionComesFirstThenThePlanItIssuesOnANewPage() throws {
        let (html, markdown) = try build(Self.decision)
        let page = HTMLElements(html)
        let decision = try #require(page.withClass("decision").first)
        let plan = try #require(page.withClass("issued-plan").first)
        #expect(decision.name == "section" && plan.position > decision.position)
        // Inside the decision, in this order: its header, "QUYẾT ĐỊNH", its subject, the issuing
        // body, the bases, "QUYẾT ĐỊNH:", the articles, the signature and "Nơi nhận".
        let inside = page.all.filter { $0.ancestors.contains("section.decision") && $0.name == "p" }
        let texts = inside.map(\.text)
        let expected = ["Số: 317/QĐ-UBND", "Bắc Kạn, ngày 20 tháng 3 năm 2017", "QUYẾT ĐỊNH",
                        "Về việc ban hành Kế hoạch thực hiện Nghị quyết số 102/NQ-CP", "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN",
                        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "QUYẾT ĐỊNH:",
                        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Nghị quyết số 102/NQ-CP.",
                        "Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./.",
                        "Nơi nhận:", "- Như Điều 2;", "PHÓ CHỦ TỊCH", "Phạm Duy Hưng"]
        #expect(Self.inOrder(expected, in: texts), "\(texts)")
        #expect(page.withClass("decision-heading").map(\.text) == ["QUYẾT ĐỊNH:"])
        #expect(page.withClass("enacting-authority").map(\.text) == ["ỦY BAN NHÂN DÂN TỈNH BẮC KẠN"])
        #expect(page.withClass("article").first.map { article in
            page.all.contains { $0.name == "strong" && $0.text == "Điều 1." && $0.position > article.position }
        } == true)
        // The plan: its kind and subject in capitals, the line that ties it to the decision; no
        // header or signature of its own (the decision's are the only ones).
        #expect(page.withClass("doc-kind").map(\.text) == ["QUYẾT ĐỊNH", "KẾ HOẠCH"])
        #expect(page.withClass("doc-subject").last?.text
            == "THỰC HIỆN NGHỊ QUYẾT SỐ 102/NQ-CP CỦA CHÍNH PHỦ VỀ VIỆC GIAO CHỈ TIÊU PHÁT TRIỂN ĐỐI TƯỢNG THAM GIA BẢO HIỂM XÃ HỘI, GIAI ĐOẠN 2019 - 2020")
        let issuedWith = "(Ban hành kèm theo Quyết định số 317/QĐ-UBND ngày 20 tháng 3 năm 2017 của Ủy ban nhân dân tỉnh Bắc Kạn)"
        #expect(page.withClass("issued-with").map(\.text) == [issuedWith])
        #expect(page.withClass("doc-header").count == 1 && page.withClass("doc-footer").count == 1)
        let narrative = try #require(page.withClass("narrative").first)
        #expect(narrative.position > plan.position)
        let attachments = page.withClass("appendix-attachment").map(\.text)
        #expect(attachments.count == 3)
        #expect(attachments.allSatisfy { $0 == "(Kèm theo Quyết định số 317/QĐ-UBND ngày 20 tháng 3 năm 2017 của Ủy ban nhân dân tỉnh Bắc Kạn)" })
        // The Markdown: the same order.
        let order = ["## QUYẾT ĐỊNH", "**ỦY BAN NHÂN DÂN TỈNH BẮC KẠN**", "**QUYẾT ĐỊNH:**", "**Điều 1.** Ban hành",
                     "**Điều 2.**", "**Phạm Duy Hưng**", "***Nơi nhận:***", "## KẾ HOẠCH", "**THỰC HIỆN NGHỊ QUYẾT", "*\(issuedWith)*",
                     "**PHỤ LỤC 1**", "*(Kèm theo Quyết định số 317/QĐ-UBND"]
        var rest = Substring(markdown)
        for text in order {
            let found = rest.range(of: text)
            #expect(found != nil, "\(text) is missing, or not in order")
            rest = rest[(found?.upperBound ?? rest.endIndex)...]
        }
        #expect(markdown.components(separatedBy: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").count == 2)
    }

    @Test func aDraftSaysSoAndLeavesBlanksForNumberDayAndName() throws {
        let (html, markdown) = try build(Self.draft)
        let page = HTMLElements(html)
        let blank = String(repeating: "\u{00A0}", count: 5)
        #expect(page.withClass("draft-mark").map(\.text) == ["DỰ THẢO"])
        #expect(page.withClass("doc-number").map(\.text) == ["Số: \(blank)/KH-UBND"])
        #expect(page.withClass("doc-date").map(\.text) == ["Bắc Kạn, ngày\(blank)tháng\(blank)năm 2022"])
        #expect(page.withClass("signer-name").map(\.text) == [""])
        #expect(page.withClass("recipients-title").isEmpty && !html.contains("Nơi nhận"))
        #expect(page.withClass("recipients").count == 1)
        #expect(markdown.contains("Số: \(blank)/KH-UBND\\\n**DỰ THẢO**\n"))
        #expect(markdown.contains("*Bắc Kạn, ngày\(blank)tháng\(blank)năm 2022*"))
        #expect(!markdown.contains("Nơi nhận"))
    }

    static let draft = """
    "draft": true, "number": "/KH-UBND", "date": "2022",
    "signer": {"authority": "TM. ỦY BAN NHÂN DÂN", "title": "CHỦ TỊCH", "name": ""}, "recipients": []
    """

    /// True when `wanted` are among `texts`, in this order (others may come between).
    static func inOrder(_ wanted: [String], in texts: [String]) -> Bool {
        var rest = texts[...]
        for text in wanted {
            guard let at = rest.firstIndex(of: text) else { return false }
            rest = rest[(at + 1)...]
        }
        return true
    }
}
