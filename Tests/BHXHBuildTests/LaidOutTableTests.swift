import BHXHBuild
import DelimitedText
import Foundation
import Testing

/// Tables as the seeds lay them out, in every output of the built example: Phụ lục 2 without
/// its labour force and with seed 002's headings; a side-by-side "biểu chi tiết" (seed 004) first.
@Suite struct LaidOutTableTests {
    static let sideBySide = #"""
    {"number": 4, "title": "BIỂU CHI TIẾT PHÁT TRIỂN ĐỐI TƯỢNG", "schemes": ["bhxh_bb", "bhxh_tn", "bhtn"]},
    """#
    static let columns = #""columns": {"hide": ["denominator"], "headings": {"coverage": "% so với LLLĐ trong độ tuổi", "growth": "Tốc độ phát triển (%)"}},"#

    /// The built files of the example with those layouts; with `sixYears`, its plan runs to 2024
    /// at its 2020 rates.
    func build(sixYears: Bool = false) throws -> [String: Data] {
        let folder = try ProjectFolder()
        defer { folder.remove() }
        let path = folder.input.appendingPathComponent("plans/bac-kan-2019-2020.json")
        var json = try String(contentsOf: path, encoding: .utf8)
        json = json.replacingOccurrences(of: "\"appendices\": [", with: "\"appendices\": [\n" + Self.sideBySide)
        json = json.replacingOccurrences(of: "\"scheme\": \"bhtn\",", with: "\"scheme\": \"bhtn\", " + Self.columns)
        if sixYears { json = try ExamplePlanEdits.sixYears(json) }
        try folder.write(json, to: "plans/bac-kan-2019-2020.json")
        let outcome = Pipeline.build(BuildRequest(input: folder.input, inputDisplayPath: "input", output: folder.output))
        #expect(outcome.failure == nil, "\(outcome.diagnostics.map(\.description))")
        return try folder.outputFiles()
    }

    func csv(_ files: [String: Data], _ name: String) throws -> [[String]] {
        try DelimitedTextReader.read([UInt8](try #require(files["plans/bac-kan-2019-2020/\(name)"]))).records.map(\.fields)
    }

    @Test func theSideBySideTableIsInEveryOutput() throws {
        let files = try build()
        let rows = try csv(files, "phu-luc-4.csv")
        #expect(rows[0].first == "PHỤ LỤC 4")
        #expect(rows[3] == ["TT", "Tên đơn vị"] + ["BHXH bắt buộc", "BHXH tự nguyện", "BHTN"].flatMap { Array(repeating: $0, count: 5) })
        #expect(Array(rows[4].prefix(7)) == ["", "", "Ước thực hiện năm 2018", "Kế hoạch năm 2019", "Tốc độ tăng so với năm 2018 (%)",
                                             "Kế hoạch năm 2020", "Tốc độ tăng so với năm 2019 (%)"])
        // The same figures as Phụ lục 1, 2 and 3: BHXH tỉnh keeps 4.161 (0%), has no voluntary
        // figure, and its unemployment count grows 2.841 → 2.884 → 2.942.
        let agency = try #require(rows.first { $0.count > 1 && $0[1] == "BHXH tỉnh" })
        #expect(agency == ["9", "BHXH tỉnh", "4161", "4161", "0.000", "4161", "0.000", "-", "-", "-", "-", "-",
                           "2841", "2884", "1.51", "2942", "2.01"])
        let total = try #require(rows.last)
        #expect(total[1] == "Toàn tỉnh")
        // Every total is the sum of the rows shown, column by column.
        let body = rows.filter { $0.count > 1 && Int($0[0]) != nil }
        #expect(body.count == 9)
        for column in [2, 3, 5, 7, 8, 10, 12, 13, 15] {
            let sum = body.compactMap { Int($0[column]) }.reduce(0, +)
            #expect(Int(total[column]) == sum, "column \(column)")
        }
        let bb = try csv(files, "phu-luc-1.csv")
        #expect(bb.last.map { [$0[3], $0[6], $0[10]] } == [total[2], total[3], total[5]])

        let html = String(decoding: try #require(files["plans/bac-kan-2019-2020/index.html"]), as: UTF8.self)
        let page = HTMLElements(html)
        let appendices = page.withClass("appendix")
        // In the order the plan lists them: the side-by-side table first.
        #expect(appendices.map { page.inside($0).first { $0.classes.contains("appendix-number") }?.text } == ["PHỤ LỤC 4", "PHỤ LỤC 1", "PHỤ LỤC 2", "PHỤ LỤC 3"])
        let first = try #require(appendices.first.flatMap { page.inside($0, named: "tr").first })
        #expect(page.inside(first, named: "th").map(\.text) == ["TT", "Tên đơn vị", "BHXH bắt buộc", "BHXH tự nguyện", "BHTN"])
        #expect(page.inside(first, named: "th").compactMap { $0.attributes["colspan"] } == ["5", "5", "5"])
        let markdown = String(decoding: try #require(files["plans/bac-kan-2019-2020/phu-luc-4.md"]), as: UTF8.self)
        #expect(markdown.contains("| TT | Tên đơn vị | BHXH bắt buộc: Ước thực hiện năm 2018 | BHXH bắt buộc: Kế hoạch năm 2019 |"))
        #expect(markdown.contains("| 9 | BHXH tỉnh | 4.161 | 4.161 | 0,000 | 4.161 | 0,000 | - | - | - | - | - | 2.841 | 2.884 | 1,51 | 2.942 | 2,01 |"))
        // figures.csv holds each figure once, from the schemes' own appendices.
        let tidy = try csv(files, "figures.csv")
        #expect(tidy.filter { $0.contains("BK-BHXH") && $0.contains("bhtn") && $0.contains("2020") && $0.contains("participants") }.count == 1)
    }

    @Test func hiddenColumnsAndRenamedHeadingsAreInEveryOutput() throws {
        let files = try build()
        let rows = try csv(files, "phu-luc-2.csv")
        #expect(rows[3] == ["TT", "Tên đơn vị", "Năm 2018", "Năm 2018", "Năm 2018", "Kế hoạch năm 2019", "Kế hoạch năm 2019", "Kế hoạch năm 2019",
                            "Kế hoạch năm 2020", "Kế hoạch năm 2020", "Kế hoạch năm 2020"])
        #expect(rows[4] == ["", "", "Số đã thực hiện đến tháng 8/2018", "Ước thực hiện năm 2018", "% so với LLLĐ trong độ tuổi",
                            "Số người tham gia", "% so với LLLĐ trong độ tuổi", "Tốc độ phát triển (%)",
                            "Số người tham gia", "% so với LLLĐ trong độ tuổi", "Tốc độ phát triển (%)"])
        // Phụ lục 1 keeps its labour force.
        #expect(try csv(files, "phu-luc-1.csv")[4].contains("Lực lượng lao động"))
        let tidy = try csv(files, "figures.csv")
        let header = try #require(tidy.first)
        let scheme = try #require(header.firstIndex(of: "scheme"))
        let measure = try #require(header.firstIndex(of: "measure"))
        #expect(!tidy.contains { $0.count > measure && $0[scheme] == "bhtn" && $0[measure] == "labour_force" })
        #expect(tidy.contains { $0.count > measure && $0[scheme] == "bhxh_bb" && $0[measure] == "labour_force" })
        #expect(tidy.contains { $0.count > measure && $0[scheme] == "bhtn" && $0[measure] == "coverage_pct" })
        let html = String(decoding: try #require(files["plans/bac-kan-2019-2020/index.html"]), as: UTF8.self)
        #expect(html.contains("<th scope=\"col\">Tốc độ phát triển (%)</th>"))
    }

    /// Six plan years side by side are too wide for one page even at 9 pt: the table prints in
    /// parts split between its scheme groups, each repeating TT and the unit's name.
    @Test func aWideSideBySideTablePrintsInPartsByScheme() throws {
        let files = try build(sixYears: true)
        let html = String(decoding: try #require(files["plans/bac-kan-2019-2020/index.html"]), as: UTF8.self)
        let page = HTMLElements(html)
        let appendix = try #require(page.withClass("appendix").first)
        let parts = page.inside(appendix).filter { $0.classes.contains("table-part") }
        #expect(parts.count == 3)
        var headings: [[String]] = []
        for part in parts {
            let table = try #require(page.inside(part, named: "table").first)
            let style = table.attributes["style"] ?? ""
            let size = Double(style.replacingOccurrences(of: "--table-size: ", with: "").replacingOccurrences(of: "pt", with: "")) ?? 0
            #expect(size >= 9 && size <= 11, "\(style)")
            if let row = page.inside(table, named: "tr").first { headings.append(page.inside(row, named: "th").map(\.text)) }
        }
        #expect(headings == [["TT", "Tên đơn vị", "BHXH bắt buộc"], ["TT", "Tên đơn vị", "BHXH tự nguyện"], ["TT", "Tên đơn vị", "BHTN"]])
        // The CSV keeps the whole table: 2 + 3 × (1 + 6 × 2) columns.
        let rows = try csv(files, "phu-luc-4.csv")
        #expect(rows[3].count == 41)
    }
}
