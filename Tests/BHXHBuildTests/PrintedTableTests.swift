import BHXHBuild
import Foundation
import Testing

/// Tables at reading size in the built pages: the example stretched to six plan years has
/// appendices too wide for one landscape page even at 9 pt, so each prints in parts.
@Suite struct PrintedTableTests {
    @Test func aSixYearPlanPrintsEachAppendixInPartsThatRepeatTTAndTheName() throws {
        let folder = try ProjectFolder()
        defer { folder.remove() }
        let path = folder.input.appendingPathComponent("plans/bac-kan-2019-2020.json")
        let json = try ExamplePlanEdits.sixYears(try String(contentsOf: path, encoding: .utf8))
        try folder.write(json, to: "plans/bac-kan-2019-2020.json")
        let outcome = Pipeline.build(BuildRequest(input: folder.input, inputDisplayPath: "input", output: folder.output))
        #expect(outcome.failure == nil, "\(outcome.diagnostics.map(\.description))")
        let files = try folder.outputFiles()
        let html = String(decoding: try #require(files["plans/bac-kan-2019-2020/index.html"]), as: UTF8.self)
        let page = HTMLElements(html)
        let appendices = page.withClass("appendix")
        #expect(appendices.count == 3)
        var headings: [[String]] = []
        for appendix in appendices {
            // Base year and six plan years: 7 groups in 2 parts (4 + 3), each its own table.
            let parts = page.inside(appendix).filter { $0.classes.contains("table-part") }
            #expect(parts.count == 2)
            for part in parts {
                let tables = page.inside(part, named: "table")
                #expect(tables.count == 1)
                let style = tables.first?.attributes["style"] ?? ""
                let size = Double(style.replacingOccurrences(of: "--table-size: ", with: "").replacingOccurrences(of: "pt", with: "")) ?? 0
                #expect(size >= 9 && size <= 11, "\(style)")
                if let row = tables.first.flatMap({ page.inside($0, named: "tr").first }) {
                    headings.append(page.inside(row, named: "th").map(\.text))
                }
            }
        }
        // Every part's headings start with TT and the unit's name, then its year groups in order.
        #expect(headings.count == 6)
        #expect(headings.first == ["TT", "Tên đơn vị", "Năm 2018", "Kế hoạch năm 2019", "Kế hoạch năm 2020", "Kế hoạch năm 2021"])
        #expect(headings.dropFirst().first == ["TT", "Tên đơn vị", "Kế hoạch năm 2022", "Kế hoạch năm 2023", "Kế hoạch năm 2024"])
        // The CSV keeps the whole table: 2 + 4 + 6 × 4 columns.
        let csv = String(decoding: try #require(files["plans/bac-kan-2019-2020/phu-luc-1.csv"]), as: UTF8.self)
        #expect(csv.components(separatedBy: "\r\n")[3].components(separatedBy: ",").count == 30)
    }
}
