import BHXHBuild
import BHXHOutput
import Foundation
import Testing

/// The .docx of the shipped example's plan and report, read back as Word would: the official
/// texts, every appendix's table row for row as its Markdown table shows it, landscape A4
/// sections for the tables, heading rows that repeat; and a decision and a draft.
@Suite struct WordOutputTests {
    static let plan = "plans/bac-kan-2019-2020/"
    static let report = "reports/bac-kan-2019/"

    /// Builds the example, changing its plan's document by `edit` first, and returns the output.
    func build(_ edit: (String) throws -> String) throws -> [String: Data] {
        let folder = try ProjectFolder()
        defer { folder.remove() }
        let path = folder.input.appendingPathComponent(IssuedDocumentTests.planFile)
        try folder.write(edit(try String(contentsOf: path, encoding: .utf8)), to: IssuedDocumentTests.planFile)
        let outcome = Pipeline.build(BuildRequest(input: folder.input, inputDisplayPath: "input", output: folder.output))
        #expect(outcome.failure == nil, "\(outcome.diagnostics.map(\.description))")
        return try folder.outputFiles()
    }

    /// The body rows of a Markdown table file, cells without their bold marks.
    func markdownRows(_ data: Data?) -> [[String]] {
        let lines = String(decoding: data ?? Data(), as: UTF8.self).split(separator: "\n").filter { $0.hasPrefix("|") }
        return lines.dropFirst(2).map { line in
            line.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "**", with: "")
            }
        }
    }

    @Test func thePlanHasItsOfficialTextsAndEachAppendixTableInItsOwnLandscapeSection() async throws {
        let files = try await ExampleBuild.files()
        let word = try WordText(try #require(files[Self.plan + "bac-kan-2019-2020.docx"]))
        #expect(word.parts.contains("word/styles.xml") && word.parts.contains("word/header1.xml"))
        let texts = word.paragraphs
        let expected = ["ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", "Số: 1617/QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc", "Bắc Kạn, ngày 26 tháng 9 năm 2018", "KẾ HOẠCH",
                        "Thực hiện Nghị quyết số 102/NQ-CP của Chính phủ về việc giao chỉ tiêu phát triển đối tượng tham gia bảo hiểm xã hội, giai đoạn 2019 - 2020",
                        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "I. MỤC TIÊU", "1. Mục tiêu chung",
                        "Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phạm Duy Hưng",
                        "PHỤ LỤC 1", "KẾ HOẠCH PHÁT TRIỂN ĐỐI TƯỢNG THAM GIA BẢO HIỂM XÃ HỘI BẮT BUỘC ĐẾN NĂM 2020",
                        "(Kèm theo Kế hoạch số 1617/QĐ-UBND ngày 26 tháng 9 năm 2018 của Ủy ban nhân dân tỉnh Bắc Kạn)",
                        "PHỤ LỤC 2", "PHỤ LỤC 3"]
        #expect(IssuedDocumentTests.inOrder(expected, in: texts), "\(texts)")
        // The document in portrait A4, then one landscape A4 section per appendix.
        let portrait = WordText.Section(width: 11906, height: 16838, landscape: false)
        let landscape = WordText.Section(width: 16838, height: 11906, landscape: true)
        #expect(word.sections == [portrait, landscape, landscape, landscape])
        // The header and the signature are tables too; then the three appendices, each with its
        // two heading rows marked to repeat and its rows as the Markdown table has them.
        let appendices = word.tables.filter { $0.headingRows > 0 }
        #expect(appendices.count == 3)
        for (index, table) in appendices.enumerated() {
            let markdown = markdownRows(files[Self.plan + "phu-luc-\(index + 1).md"])
            #expect(table.headingRows == 2)
            #expect(!markdown.isEmpty && Array(table.rows.dropFirst(2)) == markdown, "phụ lục \(index + 1)")
        }
        #expect(appendices[0].rows[0].prefix(3) == ["TT", "Tên đơn vị", "Năm 2018"])
        #expect(appendices[0].rows.last?.prefix(3) == ["", "Toàn tỉnh", "23.223"])
    }

    @Test func theReportHasItsSentencesSignatureAndEachTableLandscape() async throws {
        let files = try await ExampleBuild.files()
        let word = try WordText(try #require(files[Self.report + "bac-kan-2019.docx"]))
        #expect(word.paragraphs.contains("BÁO CÁO") && word.paragraphs.contains("Kết quả thực hiện các chỉ tiêu năm 2019"))
        #expect(word.paragraphs.contains { $0.hasPrefix("BHXH bắt buộc: Toàn tỉnh đạt 100,047% kế hoạch BHXH bắt buộc") && $0.hasSuffix("(Bảng 1)") })
        #expect(word.paragraphs.contains("Phạm Duy Hưng") && word.paragraphs.contains("BẢNG 3"))
        #expect(word.sections.filter(\.landscape).count == 3 && word.sections.first?.landscape == false)
        let tables = word.tables.filter { $0.headingRows > 0 }
        #expect(tables.count == 3)
        for (index, table) in tables.enumerated() {
            #expect(Array(table.rows.dropFirst(2)) == markdownRows(files[Self.report + "bang-\(index + 1).md"]), "bảng \(index + 1)")
        }
    }

    @Test func aDecisionComesFirstAndThePlanItIssuesFollowsInItsOwnSection() throws {
        let files = try build { try IssuedDocumentTests.replacingParticulars(of: $0, with: IssuedDocumentTests.decision) }
        let word = try WordText(try #require(files[Self.plan + "bac-kan-2019-2020.docx"]))
        let expected = ["Số: 317/QĐ-UBND", "QUYẾT ĐỊNH", "Về việc ban hành Kế hoạch thực hiện Nghị quyết số 102/NQ-CP",
                        "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", "QUYẾT ĐỊNH:",
                        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Nghị quyết số 102/NQ-CP.", "Nơi nhận:", "Phạm Duy Hưng",
                        "KẾ HOẠCH", "THỰC HIỆN NGHỊ QUYẾT SỐ 102/NQ-CP CỦA CHÍNH PHỦ VỀ VIỆC GIAO CHỈ TIÊU PHÁT TRIỂN ĐỐI TƯỢNG THAM GIA BẢO HIỂM XÃ HỘI, GIAI ĐOẠN 2019 - 2020",
                        "(Ban hành kèm theo Quyết định số 317/QĐ-UBND ngày 20 tháng 3 năm 2017 của Ủy ban nhân dân tỉnh Bắc Kạn)",
                        "I. MỤC TIÊU", "PHỤ LỤC 1"]
        #expect(IssuedDocumentTests.inOrder(expected, in: word.paragraphs), "\(word.paragraphs)")
        // One national title and one signature: the decision's.
        #expect(word.paragraphs.filter { $0 == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" }.count == 1)
        #expect(word.paragraphs.filter { $0 == "Phạm Duy Hưng" }.count == 1)
        #expect(word.sections.map(\.landscape) == [false, false, true, true, true])
    }

    @Test func aDraftSaysSoWithBlanksForNumberAndDate() throws {
        let files = try build { try IssuedDocumentTests.replacingParticulars(of: $0, with: IssuedDocumentTests.draft) }
        let word = try WordText(try #require(files[Self.plan + "bac-kan-2019-2020.docx"]))
        let blank = String(repeating: "\u{00A0}", count: 5)
        #expect(IssuedDocumentTests.inOrder(["Số: \(blank)/KH-UBND", "DỰ THẢO", "Bắc Kạn, ngày\(blank)tháng\(blank)năm 2022"],
                                            in: word.paragraphs), "\(word.paragraphs)")
    }

    @Test func docxIsAFormatOfItsOwnAndThePageLinksIt() throws {
        let folder = try ProjectFolder()
        defer { folder.remove() }
        var request = BuildRequest(input: folder.input, inputDisplayPath: "input", output: folder.output)
        request.options.formats = [.html, .docx]
        #expect(Pipeline.build(request).failure == nil)
        let files = try folder.outputFiles()
        #expect(files.keys.filter { $0.hasSuffix(".docx") }.sorted() == [Self.plan + "bac-kan-2019-2020.docx", Self.report + "bac-kan-2019.docx"])
        #expect(files.keys.filter { $0.hasSuffix(".csv") || $0.hasSuffix(".md") && $0 != "README.md" }.isEmpty)
        let page = String(decoding: try #require(files[Self.plan + "index.html"]), as: UTF8.self)
        #expect(page.contains("Kế hoạch số 1617/QĐ-UBND</nav>\n<p class=\"downloads\">Tải về: <a href=\"bac-kan-2019-2020.docx\">văn bản (Word)</a></p>"))
        request.options.formats = [.html]
        try? FileManager.default.removeItem(at: folder.output)
        #expect(Pipeline.build(request).failure == nil)
        #expect(try folder.outputFiles().keys.filter { $0.hasSuffix(".docx") }.isEmpty)
    }
}
