import BHXHBuild
import Foundation
import Testing

/// The documents and the summary site of the shipped example, read as a visitor and a browser
/// would: every page is there, links go where they say, nothing is fetched from elsewhere.
@Suite struct SiteTests {
    /// Builds the shipped example with `templates` first; returns the output files as text by path.
    func build(templates: URL) throws -> (files: [String: String], folder: ProjectFolder) {
        let folder = try ProjectFolder()
        let outcome = Pipeline.build(BuildRequest(input: folder.input, inputDisplayPath: "input", output: folder.output,
                                                  templates: templates))
        #expect(outcome.failure == nil, "\(outcome)")
        return (try folder.outputFiles().mapValues { String(decoding: $0, as: UTF8.self) }, folder)
    }

    @Test func everyPageIsWrittenAndWorksFromAFolder() async throws {
        let files = try await ExampleBuild.texts()
        let pages = files.keys.filter { $0.hasSuffix(".html") }.sorted()
        #expect(pages == ["index.html", "plans/bac-kan-2019-2020/index.html", "reports/bac-kan-2019/index.html",
                          "schemes/bhtn.html", "schemes/bhxh.html", "schemes/bhxh_bb.html", "schemes/bhxh_tn.html"]
            + ["BK", "BK-BB", "BK-BHXH", "BK-BT", "BK-CD", "BK-CM", "BK-NR", "BK-NS", "BK-PN", "BK-TP", "index"].map { "units/\($0).html" }.sorted())
        #expect(files["style.css"]?.contains("@page appendix") == true)
        for page in pages {
            let html = try #require(files[page])
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">"), "\(page)")
            // The one script is the search of the list of units, a file of the output (no inline code).
            let scripts = html.components(separatedBy: "<script").count - 1
            #expect(scripts == (page == "units/index.html" ? 1 : 0), "\(page)")
            #expect(page != "units/index.html" || html.contains("<script src=\"../search.js\"></script>"))
            // Nothing is fetched from elsewhere: the only absolute URL is SVG's namespace name.
            let absolute = html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
            #expect(!absolute.contains("http://") && !absolute.contains("https://"), "\(page)")
            // Every relative link and the style sheet point at a file of the output.
            for target in Self.links(in: html) {
                let resolved = Self.resolve(target, from: page)
                #expect(files[resolved] != nil, "\(page) links to \(target), which is not in the output")
            }
            let depth = page.split(separator: "/").count - 1
            #expect(html.contains("href=\"\(String(repeating: "../", count: depth))index.html\""), "\(page) does not link home")
        }
    }

    @Test func thePlanIsAnOfficialDocumentWithItsAppendices() async throws {
        let files = try await ExampleBuild.texts()
        let plan = try #require(files["plans/bac-kan-2019-2020/index.html"])
        for text in ["<p class=\"issuer\">ỦY BAN NHÂN DÂN TỈNH BẮC KẠN</p>", "Số: 1617/QĐ-UBND",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "<p class=\"doc-date\">Bắc Kạn, ngày 26 tháng 9 năm 2018</p>", "<p class=\"doc-kind\">KẾ HOẠCH</p>",
                     "<p>TM. ỦY BAN NHÂN DÂN</p>", "<p class=\"signer-name\">Phạm Duy Hưng</p>", "Nơi nhận:",
                     "<p class=\"item roman\"><span class=\"marker\">I.</span> MỤC TIÊU</p>",
                     "<p class=\"appendix-number\" id=\"phu-luc-3\">PHỤ LỤC 3</p>",
                     "(Kèm theo Kế hoạch số 1617/QĐ-UBND ngày 26 tháng 9 năm 2018 của Ủy ban nhân dân tỉnh Bắc Kạn)",
                     "<th scope=\"colgroup\" colspan=\"4\">Kế hoạch năm 2019</th>",
                     "<tr class=\"agency\"><td class=\"tt\">9</td><th scope=\"row\">BHXH tỉnh</th><td class=\"num\">4.161</td>",
                     "<tr class=\"total\"><td class=\"tt\"></td><th scope=\"row\">Toàn tỉnh</th><td class=\"num\">23.223</td><td class=\"num\">23.309</td><td class=\"num\">177.065</td><td class=\"num\">13,164</td>"] {
            #expect(plan.contains(text), "missing: \(text)")
        }
        let markdown = try #require(files["plans/bac-kan-2019-2020/bac-kan-2019-2020.md"])
        #expect(markdown.contains("| 9 | BHXH tỉnh | 4.161 | 4.161 | - | - | 4.161 |"))
        #expect(markdown.contains("|  | **Toàn tỉnh** | 23.223 | 23.309 | 177.065 | 13,164 |"))
        #expect(markdown.contains("*Bắc Kạn, ngày 26 tháng 9 năm 2018*"))
    }

    @Test func theReportSaysHowEachSchemeDidAndWhoIsBelowTarget() async throws {
        let files = try await ExampleBuild.texts()
        let report = try #require(files["reports/bac-kan-2019/index.html"])
        #expect(report.contains("Toàn tỉnh đạt 100,047% kế hoạch BHXH bắt buộc, tăng 1,274% so với năm 2018. Số đơn vị đạt kế hoạch: 6/9. Các đơn vị chưa đạt kế hoạch: Huyện Chợ Đồn (97,905%); Huyện Na Rì (98,853%); Huyện Pác Nặm (98,014%)."))
        #expect(report.contains("Toàn tỉnh đạt 102,05% kế hoạch BHXH tự nguyện, tăng 28,07% so với năm 2018."))
        #expect(report.contains("Số liệu minh họa."))
        let table = try #require(files["reports/bac-kan-2019/bang-1.md"])
        #expect(table.contains("| 2 | Huyện Chợ Đồn | 3.675 | 3.598 | 97,905 | -77 |"))
    }

    @Test func aUserTemplateOverridesTheShippedOne() throws {
        let user = FileManager.default.temporaryDirectory.appendingPathComponent("bhxh-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: user, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: user) }
        try Data("{{<layout}}{{$content}}<p class=\"mine\">{{document.number}}</p>{{/content}}{{/layout}}".utf8)
            .write(to: user.appendingPathComponent("plan.html.mustache"))
        let (files, folder) = try build(templates: user)
        defer { folder.remove() }
        #expect(files["plans/bac-kan-2019-2020/index.html"]?.contains("<p class=\"mine\">1617/QĐ-UBND</p>") == true)
        // The other templates are still the shipped ones.
        #expect(files["reports/bac-kan-2019/index.html"]?.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") == true)
    }

    @Test func aTypoInAUserTemplateStopsTheBuildWithItsPlace() throws {
        let user = FileManager.default.temporaryDirectory.appendingPathComponent("bhxh-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: user, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: user) }
        try Data("<p>\n  {{document.numbr}}</p>\n".utf8).write(to: user.appendingPathComponent("plan.html.mustache"))
        let folder = try ProjectFolder()
        defer { folder.remove() }
        let outcome = Pipeline.build(BuildRequest(input: folder.input, inputDisplayPath: "input", output: folder.output,
                                                  templates: user))
        guard case .output(let message)? = outcome.failure else {
            Issue.record("expected a template failure, got \(String(describing: outcome.failure))")
            return
        }
        #expect(message.hasPrefix(user.appendingPathComponent("plan.html.mustache").path + ":2:5: error:"), "\(message)")
        #expect(message.contains("numbr"))
        #expect(!FileManager.default.fileExists(atPath: folder.output.path))
    }

    /// The `href` and `src` targets of a page that are relative paths.
    static func links(in html: String) -> [String] {
        var links: [String] = []
        for attribute in ["href=\"", "src=\""] {
            var rest = html[...]
            while let start = rest.range(of: attribute) {
                let tail = rest[start.upperBound...]
                guard let end = tail.firstIndex(of: "\"") else { break }
                let target = String(tail[..<end])
                if !target.hasPrefix("#") && !target.contains(":") { links.append(target) }
                rest = tail[end...]
            }
        }
        return links
    }

    /// `target` as a path from the top of the output, read from the page at `page`.
    static func resolve(_ target: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for part in target.split(separator: "#")[0].split(separator: "/") {
            if part == ".." { parts.removeLast() } else if part != "." { parts.append(String(part)) }
        }
        return parts.joined(separator: "/")
    }
}
