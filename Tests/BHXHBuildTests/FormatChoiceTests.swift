import BHXHBuild
import BHXHOutput
import Foundation
import Testing

/// `--formats`: a build writes the chosen formats only, and the pages link only to files written.
@Suite struct FormatChoiceTests {
    /// The output files of the shipped example built with `formats`, by path.
    static func files(_ formats: Set<OutputFormat>) throws -> [String: Data] {
        let folder = try ProjectFolder()
        defer { folder.remove() }
        var request = BuildRequest(input: folder.input, inputDisplayPath: "input", output: folder.output)
        request.options.formats = formats
        let outcome = Pipeline.build(request)
        #expect(outcome.failure == nil, "\(outcome)")
        return try folder.outputFiles()
    }

    /// The same as text.
    func build(_ formats: Set<OutputFormat>) throws -> [String: String] {
        try Self.files(formats).mapValues { String(decoding: $0, as: UTF8.self) }
    }

    @Test func markdownAndCSVAloneWriteNoPageAndNoSite() throws {
        let files = try build([.md, .csv])
        let plan = "plans/bac-kan-2019-2020/"
        let report = "reports/bac-kan-2019/"
        var expected: [String] = [".bhxh-report", "README.md", plan + "bac-kan-2019-2020.md", plan + "figures.csv",
                                  report + "bac-kan-2019.md", report + "figures.csv"]
        for number in 1...3 {
            expected += ["\(plan)phu-luc-\(number).csv", "\(plan)phu-luc-\(number).md", "\(report)bang-\(number).csv", "\(report)bang-\(number).md"]
        }
        #expect(files.keys.sorted() == expected.sorted())
    }

    @Test func thePageLinksOnlyToTheFilesOfTheChosenFormats() throws {
        let alone = try build([.html])
        let page = try #require(alone["plans/bac-kan-2019-2020/index.html"])
        #expect(page.contains("<nav class=\"breadcrumb\" aria-label=\"Đường dẫn\"><a href=\"../../index.html\">Trang chủ</a> › Kế hoạch số 1617/QĐ-UBND</nav>\n<article"))
        #expect(alone.keys.filter { $0.hasSuffix(".csv") || $0.hasSuffix(".md") && $0 != "README.md" }.isEmpty)
        let withCSV = try build([.html, .csv])
        let report = try #require(withCSV["reports/bac-kan-2019/index.html"])
        #expect(report.contains(" › Báo cáo năm 2019</nav>\n<p class=\"downloads\">Tải về: <a href=\"figures.csv\">mọi số liệu (CSV)</a>, "
            + "<a href=\"bang-1.csv\">Bảng 1 (CSV)</a>, <a href=\"bang-2.csv\">Bảng 2 (CSV)</a>, <a href=\"bang-3.csv\">Bảng 3 (CSV)</a></p>"))
        #expect(!report.contains(".md\""))
    }
}
