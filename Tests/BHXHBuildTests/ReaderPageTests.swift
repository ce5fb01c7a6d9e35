import BHXHBuild
import Foundation
import Testing

/// The site as a reader meets it, on a phone, with the keyboard and on paper: a skip link and a
/// breadcrumb that is navigation on every page, legends in the tables' words, a document header
/// that fits a phone, charts whose text stays legible there, and no on-screen notes in print.
@Suite struct ReaderPageTests {
    /// The declarations of the first rule whose selector list starts with `selector`, after the
    /// start of the style sheet's block `block`.
    static func rule(_ selector: String, in block: String, of css: String) -> String? {
        guard let start = css.range(of: block), let rule = css[start.upperBound...].range(of: selector),
              let open = css[rule.upperBound...].firstIndex(of: "{"),
              let end = css[open...].firstIndex(of: "}") else { return nil }
        return String(css[css.index(after: open)..<end])
    }

    @Test func everyPageStartsWithASkipLinkAndHasItsBreadcrumbAsNavigation() async throws {
        let files = try await ExampleBuild.texts()
        for (path, html) in files where path.hasSuffix(".html") {
            let page = HTMLElements(html)
            let body = try #require(page.named("body").first)
            let first = page.inside(body).first
            #expect(first?.name == "a" && first?.attributes["href"] == "#noi-dung" && first?.classes == ["skip-link"], "\(path)")
            #expect(page.named("main").first?.attributes["id"] == "noi-dung", "\(path)")
            guard path != "index.html" else { continue }
            let crumb = try #require(page.withClass("breadcrumb").first, "\(path)")
            #expect(crumb.name == "nav" && crumb.attributes["aria-label"] == "Đường dẫn", "\(path)")
        }
        let plan = HTMLElements(try #require(files["plans/bac-kan-2019-2020/index.html"]))
        // The downloads are no longer part of the breadcrumb.
        #expect(plan.withClass("breadcrumb").first?.text == "Trang chủ › Kế hoạch số 1617/QĐ-UBND")
        #expect(plan.withClass("downloads").first?.text.hasPrefix("Tải về: văn bản (Markdown), mọi số liệu (CSV)") == true)
    }

    @Test func theStyleSheetHidesScreenOnlyBoxesInPrintAndShowsTheSkipLinkOnFocus() async throws {
        let css = try #require(try await ExampleBuild.texts()["style.css"])
        let hidden = try #require(Self.rule(".site-header, .site-footer", in: "@media print {", of: css))
        #expect(hidden.hasSuffix("display: none; "), "\(hidden)")
        let printed = try #require(css.range(of: "@media print {")).upperBound
        let line = try #require(css[printed...].split(separator: "\n").first { $0.contains(".site-header, .site-footer") })
        for box in [".note", ".breadcrumb", ".downloads", ".skip-link", ".unit-search", ".on-page"] {
            #expect(line.contains(box + ","), "\(box) is printed")
        }
        #expect(css.contains(".skip-link:focus { left: 1rem; }"))
    }

    @Test func onAPhoneTheDocumentHeaderStacksAndChartTextStaysLegible() async throws {
        let files = try await ExampleBuild.texts()
        let css = try #require(files["style.css"])
        // Screens only: an A4 page (165 mm ≈ 624 px) is narrower than 40rem and must keep two columns.
        let phone = "@media screen and (max-width: 40rem) {"
        #expect(Self.rule(".doc-header, .doc-footer", in: phone, of: css)?.contains("grid-template-columns: 100%;") == true)
        #expect(Self.rule(".nation", in: phone, of: css)?.contains("white-space: normal;") == true)
        #expect(Self.rule(".document .table-wrap", in: phone, of: css)?.contains("overflow-x: auto;") == true)
        // Each chart is drawn 420 units wide with 12-unit text and never shown narrower than 22rem
        // (352 px, within the 390 − 2 × 12 px of a phone): its text is at least 12 × 352 / 420 ≈ 10,06 px.
        let charts = try #require(Self.rule(".chart-block .chart-years, .chart-block .chart-bars", in: "/* ----", of: css))
        #expect(charts.contains("min-width: 22rem;"))
        #expect(try #require(Self.rule(".site-header, .site-main, .site-footer", in: phone, of: css)).contains("padding-left: 0.75rem;"))
        let unit = try #require(files["units/BK.html"])
        let boxes = unit.components(separatedBy: "viewBox=\"0 0 ").dropFirst().map { $0.prefix { $0 != " " } }
        #expect(boxes.count == 8 && boxes.allSatisfy { $0 == "420" }, "\(boxes)")
        #expect(unit.contains("style=\"font-size:12px\""))
    }

    @Test func theHomePageSparklinesShareOneLabelledScale() async throws {
        let html = try #require(try await ExampleBuild.texts()["index.html"])
        // The highest coverage of the whole province is BHXH's (under 20%): one scale 0–20% for all.
        #expect(html.contains("<p class=\"chart-note\">Biểu đồ nhỏ trong mỗi ô: tỷ lệ tham gia qua các năm, cùng một thang 0%–20%.</p>"))
        let sparklines = html.components(separatedBy: "<svg").dropFirst().filter { $0.contains("chart-sparkline") }
        #expect(sparklines.count == 4)
        for svg in sparklines {
            #expect(svg.contains(">20%</text>") && svg.contains(">0%</text>"))
        }
        // Coverage 23.309 / 177.065 = 13,16% (2018) and 23.606 / 177.065 = 13,33% (2019) of BHXH bắt buộc
        // and 1.090 / 177.065 = 0,62% of BHXH tự nguyện, on a line 34 units high from y = 37 (0%) to y = 3 (20%):
        // 37 − 13,16 / 20 × 34 ≈ 14,6; 37 − 13,33 / 20 × 34 ≈ 14,3; 37 − 0,62 / 20 × 34 ≈ 36.
        let points = sparklines.map { $0.components(separatedBy: "points=\"")[1].prefix { $0 != "\"" } }
        #expect(points[0] == "22.5,14.6 157,14.3")
        #expect(points[1].hasPrefix("22.5,36 "))
    }

    @Test func legendsSayEstimateWhenTheFiguresAreEstimatesAsTheTablesDo() throws {
        let files = try TwoProvinces.build()
        for path in ["units/LS.html", "schemes/bhxh_bb.html"] {
            let html = try #require(files[path])
            let legends = html.components(separatedBy: "<g class=\"legend\">").dropFirst().map { $0.components(separatedBy: "</g>")[0] }
            let bars = try #require(legends.last, "\(path)")
            // The bars of 2019, an estimated year: named as the table names them.
            #expect(bars.contains(">Ước thực hiện</text>") && !bars.contains(">Thực hiện</text>"), "\(path): \(bars)")
            #expect(html.contains("<td>Ước thực hiện</td>") || html.contains("Ước thực hiện năm 2019"), "\(path)")
        }
    }
}
