import Foundation
import Testing

/// Finding a unit: `units/index.html` lists every unit by province, alphabetically, with its code
/// and, beside a name that repeats, its province; a province's page opens with its communes.
@Suite struct FindAnyUnitTests {
    @Test func theListHasEveryUnitByProvinceThenAlphabeticallyWithTheProvinceBesideARepeatedName() throws {
        let files = try TwoProvinces.build()
        let html = try #require(files["units/index.html"])
        let page = HTMLElements(html)
        let groups = page.withClass("unit-group")
        // Provinces in the order of units.csv, each heading linking to the province's page.
        #expect(groups.map { page.inside($0, named: "h2").first?.text } == ["Tỉnh Lạng Sơn LS", "Tỉnh Hưng Yên HY"])
        #expect(page.named("h2").compactMap { page.inside($0, named: "a").first?.attributes["href"] } == ["LS.html", "HY.html"])
        let items = groups.map { group in page.inside(group, named: "li").map(\.text) }
        // Folded names compare first: "xa ai quoc" before "xa tan hoa"; the agency's "bhxh" first of all.
        #expect(items == [["BHXH tỉnh LS-B", "Phường Đông Kinh LS-1", "Xã Ái Quốc LS-3", "Xã Tân Hòa, Tỉnh Lạng Sơn LS-2"],
                          ["Xã An Vĩ HY-2", "Xã Tân Hòa, Tỉnh Hưng Yên HY-1"]])
        let links = page.withClass("unit-list").flatMap { page.inside($0, named: "li") }
            .compactMap { page.inside($0, named: "a").first?.attributes["href"] }
        #expect(links == ["LS-B.html", "LS-1.html", "LS-3.html", "LS-2.html", "HY-2.html", "HY-1.html"])
        for link in links + ["LS.html", "HY.html"] { #expect(files["units/\(link)"] != nil, "\(link)") }
        #expect(html.contains("<p>8 đơn vị, theo tỉnh, thành phố;"))
        // A line of the provinces at the top leads to each group.
        let contents = try #require(page.withClass("on-page").first)
        let jumps = page.inside(contents, named: "a").compactMap { $0.attributes["href"] }
        #expect(jumps == ["#tinh-LS", "#tinh-HY"])
        for jump in jumps { #expect(page.all.contains { $0.attributes["id"] == String(jump.dropFirst()) }, "\(jump)") }
    }

    @Test func theSearchBoxIsAScriptFileThatFiltersTheListAndIsHiddenWithoutIt() throws {
        let files = try TwoProvinces.build()
        let html = try #require(files["units/index.html"])
        let page = HTMLElements(html)
        let box = try #require(page.withClass("unit-search").first)
        // Shown only by the script, so a reader without JavaScript sees no dead box, only the list.
        #expect(html.contains("<div class=\"unit-search\" hidden>"))
        #expect(page.inside(box, named: "input").first?.attributes["id"] == "tim-don-vi")
        #expect(page.inside(box, named: "label").first?.attributes["for"] == "tim-don-vi")
        let script = try #require(files["search.js"])
        // Loaded from a file, not fetched: it works from file:// without a server.
        #expect(!script.contains("fetch(") && !script.contains("XMLHttpRequest"))
        for name in ["tim-don-vi", "ket-qua-tim", ".unit-search", ".unit-group", "#q="] {
            #expect(script.contains(name), "search.js does not use \(name)")
        }
        #expect(page.all.contains { $0.attributes["id"] == "ket-qua-tim" && $0.attributes["aria-live"] == "polite" })
    }

    @Test func theHomePageAndTheNavigationLinkToTheList() throws {
        let files = try TwoProvinces.build()
        let home = HTMLElements(try #require(files["index.html"]))
        #expect(home.named("a").contains { $0.attributes["href"] == "units/index.html" && $0.ancestors.contains("main.site-main") })
        for (path, html) in files where path.hasSuffix(".html") {
            let depth = String(repeating: "../", count: path.split(separator: "/").count - 1)
            let navigation = HTMLElements(html).named("a").filter { $0.ancestors.contains { $0.hasPrefix("nav") } }
            #expect(navigation.contains { $0.attributes["href"] == "\(depth)units/index.html" }, "\(path)")
        }
    }

    @Test func aProvincePageOpensWithItsCommunesFiguresByScheme() throws {
        let files = try TwoProvinces.build()
        let html = try #require(files["units/LS.html"])
        let page = HTMLElements(html)
        let table = try #require(page.withClass("children").first)
        // Before the first scheme's section and its charts.
        let firstChart = try #require(page.withClass("chart").first)
        #expect(table.position < firstChart.position)
        let head = page.inside(table, named: "thead").first.map { page.inside($0, named: "th").map(\.text) }
        #expect(head == ["TT", "Đơn vị", "BHXH bắt buộcƯớc thực hiện năm 2019",
                         "% so với lực lượng lao động", "% so với kế hoạch", "Tăng, giảm so với năm trước"])
        // Alphabetically, the agency last; coverage 90 / 1.000, completion 90 / (100 × 1,1), growth 90 / 100 − 1.
        let rows = page.inside(table, named: "tr").dropFirst(2).map { row in page.inside(row).filter { $0.name != "a" }.map(\.text) }
        #expect(rows == [["1", "Phường Đông Kinh", "9,00", "81,82", "-10,00"],
                         ["2", "Xã Ái Quốc", "33,00", "100,00", "+10,00"],
                         ["3", "Xã Tân Hòa", "22,00", "100,00", "+10,00"],
                         ["4", "BHXH tỉnh", "-", "100,00", "+10,00"]])
        // The scheme's heading and the page's own list of contents lead to its section.
        let inPage = page.named("a").compactMap { $0.attributes["href"] }.filter { $0.hasPrefix("#") && $0 != "#noi-dung" }
        #expect(Set(inPage) == ["#don-vi-truc-thuoc", "#bhxh_bb"])
        for anchor in inPage { #expect(page.all.contains { $0.attributes["id"] == String(anchor.dropFirst()) }, "\(anchor)") }
        // Numbers right-aligned by one rule of the style sheet, not by a class on every cell.
        #expect(try #require(files["style.css"]).contains("table.children td { text-align: right;"))
        #expect(!page.inside(table, named: "td").contains { $0.attributes["class"] != nil || $0.attributes["style"] != nil })
    }
}
