import BHXHBuild
import Foundation
import Testing

/// The home page of a small project in the words an officer reads: one plan year is "Năm 2019",
/// and a card leaves out a measure it has no figure for.
@Suite struct HomePageTests {
    @Test func aOneYearPlanAndACardWithoutLabourForce() throws {
        let folder = try ProjectFolder.withoutFigures()
        defer { folder.remove() }
        try folder.write("code,name,kind,parent\nP,Tỉnh P,province,\nP-A,Huyện A,district,P\nP-B,Huyện B,district,P\n", to: "units.csv")
        // No labour force in any file: the card has no coverage to show.
        try folder.write("unit,bhxh_bb\nP-A,1000\nP-B,1000\n", to: "data/2018.csv")
        try folder.write("unit,bhxh_bb\nP-A,1100\nP-B,1100\n", to: "data/2019.csv")
        try folder.write("""
        {"document": {"authority": "ỦY BAN NHÂN DÂN TỈNH P", "kind": "KẾ HOẠCH", "number": "1/KH-UBND", "place": "P",
                      "date": "2018-12-01", "subject": "Phát triển đối tượng năm 2019", "signer": {"title": "CHỦ TỊCH", "name": "N"}},
         "area": "P", "base": {"year": 2018}, "years": [2019],
         "appendices": [{"number": 1, "scheme": "bhxh_bb", "title": "T", "target": {"method": "growth", "rates": {"2019": 10}}}]}
        """, to: "plans/p-2019.json")
        let outcome = Pipeline.build(BuildRequest(input: folder.input, inputDisplayPath: "input", output: folder.output))
        #expect(outcome.failure == nil, "\(outcome.diagnostics.map(\.description))")
        let html = String(decoding: try #require(try folder.outputFiles()["index.html"]), as: UTF8.self)
        let page = HTMLElements(html)
        let main = try #require(page.named("main").first)
        let lead = try #require(page.named("p").first { $0.position > main.position })
        #expect(lead.text == "Số liệu các năm 2018–2019; kế hoạch năm 2019.")
        let row = try #require(page.named("tr").first { $0.text.contains("1/KH-UBND") })
        let cells = page.named("td").filter { $0.position > row.position }.prefix(5).map(\.text)
        #expect(cells == ["1/KH-UBND", "01/12/2018", "Tỉnh P", "Năm 2019", "Phát triển đối tượng năm 2019"])
        #expect(!html.contains("2019–2019") && !html.contains("các năm 2019."))
        let card = try #require(page.withClass("card").first)
        let lines = page.named("p").filter { $0.ancestors.last == "li.card" }.map(\.text)
        #expect(lines == ["BHXH bắt buộc – Thực hiện năm 2019", "2.200 người", "so với năm trước: +10,00%"], "\(card.text)")
        #expect(!card.text.contains("- so với"))
    }
}
