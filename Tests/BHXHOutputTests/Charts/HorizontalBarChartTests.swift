import Foundation
import Testing
import VietnameseFormat
@testable import BHXHOutput

@Suite struct HorizontalBarChartTests {
    private static func d(_ text: String) -> ExactNumber { ExactNumber(Decimal(string: text)!) }

    private func chart(_ bars: [HorizontalBarChart.Bar], reference: HorizontalBarChart.ReferenceLine? = nil) -> HorizontalBarChart {
        HorizontalBarChart(title: "Tỷ lệ tham gia BHXH", description: "Theo huyện, năm 2019", bars: bars,
                           valueDecimals: 2, unitSuffix: "%", referenceLine: reference)
    }

    private let sample: [HorizontalBarChart.Bar] = [
        .init(label: "Huyện Ba Bể", value: Self.d("8.44"), target: 9),
        .init(label: "TP. Bắc Kạn", value: Self.d("14.11"), target: 15),
        .init(label: "BHXH tỉnh", value: nil),
        .init(label: "Huyện Chợ Đồn", value: Self.d("8.44")),
    ]

    @Test func isAccessibleWellFormedSVG() throws {
        let svg = SVGInspection(chart(sample).svg())
        #expect(svg.error == nil)
        let root = try #require(svg.root)
        #expect(root.name == "svg")
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["viewBox"]?.hasPrefix("0 0 720 ") == true)
        #expect(root.attributes["width"] == nil)
        #expect(root.attributes["font-family"] == nil)
        let title = try #require(svg.elements.dropFirst().first)
        #expect(title.name == "title" && title.text == "Tỷ lệ tham gia BHXH")
        let desc = try #require(svg.all("desc").first)
        #expect(desc.text == "Theo huyện, năm 2019")
        #expect(root.attributes["aria-label"] == "Tỷ lệ tham gia BHXH. Theo huyện, năm 2019")
        #expect(root.attributes["style"] == "font-size:12px")
        #expect(svg.numbersAreTidy)
    }

    @Test func sortsLargestFirstUnknownLastTiesAsGiven() {
        let labels = SVGInspection(chart(sample).svg()).all("title").dropFirst().map(\.text)
        #expect(labels == [
            "TP. Bắc Kạn: 14,11%; Chỉ tiêu: 15,00%", "Huyện Ba Bể: 8,44%; Chỉ tiêu: 9,00%", "Huyện Chợ Đồn: 8,44%",
            "BHXH tỉnh: -",
        ])
        var asGiven = chart(sample)
        asGiven.order = .asGiven
        #expect(SVGInspection(asGiven.svg()).all("title").dropFirst().first?.text.hasPrefix("Huyện Ba Bể") == true)
    }

    @Test func labelsAndTextAreEscaped() {
        let svg = chart([.init(label: "<script>alert(\"x\")</script> & co", value: 1)]).svg()
        #expect(!svg.contains("<script"))
        #expect(svg.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co"))
        #expect(SVGInspection(svg).error == nil)
        let titled = HorizontalBarChart(title: "<b>", description: "\"&\"", bars: []).svg()
        #expect(titled.contains("<title>&lt;b&gt;</title>"))
        #expect(titled.contains("aria-label=\"&lt;b&gt;. &quot;&amp;&quot;\""))
        #expect(titled.contains("&quot;&amp;&quot;</desc>"))
    }

    @Test func sameInputSameBytes() {
        #expect(chart(sample).svg() == chart(sample).svg())
        #expect(chart(sample).svg() != chart(Array(sample.dropLast())).svg())
    }

    @Test func unknownValueShowsADashAndNoBar() throws {
        let svg = SVGInspection(chart([.init(label: "BHXH tỉnh", value: nil)]).svg())
        let row = try #require(svg.groups("bar").first)
        #expect(row.map(\.name) == ["title", "text", "text"])
        #expect(row.last?.text == "-")
    }

    @Test func negativeValuesGoLeftOfTheZeroAxis() throws {
        let svg = SVGInspection(HorizontalBarChart(title: "Tăng", description: "Tốc độ tăng",
                                                   bars: [.init(label: "A", value: Self.d("12.5")), .init(label: "B", value: Self.d("-3.25"))],
                                                   valueDecimals: 1, unitSuffix: "%").svg())
        let zeroLine = try #require(svg.all("line").first { $0.attributes["stroke"] == ChartPalette.axis.description })
        let zero = try #require(zeroLine.attributes["x1"].flatMap { Decimal(string: $0) })
        let rects = svg.all("rect")
        #expect(rects.count == 2)
        let negative = try #require(rects.last)
        let x = try #require(negative.attributes["x"].flatMap { Decimal(string: $0) })
        let width = try #require(negative.attributes["width"].flatMap { Decimal(string: $0) })
        #expect(x < zero)
        #expect(abs(x + width - zero) <= Decimal(string: "0.1") ?? 0)
        let label = try #require(svg.all("text").first { $0.text == "-3,3%" })
        #expect(label.attributes["text-anchor"] == "end")
        #expect(svg.all("text").contains { $0.text == "-5%" })
    }

    @Test func heightGrowsTwentyUnitsPerBar() throws {
        func height(_ count: Int) throws -> Decimal {
            let bars = (0..<count).map { HorizontalBarChart.Bar(label: "Xã \($0)", value: ExactNumber($0)) }
            let svg = SVGInspection(chart(bars).svg())
            #expect(svg.error == nil)
            #expect(svg.all("rect").count == max(0, count - 1))
            return try #require(svg.height)
        }
        let one = try height(1)
        #expect(try height(2) - one == 20)
        #expect(try height(400) - one == 399 * 20)
    }

    @Test func targetMarkersAndLegendOnlyWhenTargetsGiven() {
        let withTargets = SVGInspection(chart(sample).svg())
        #expect(withTargets.all("line").filter { $0.attributes["class"] == "target" }.count == 2)
        #expect(withTargets.all("text").contains { $0.text == "Chỉ tiêu" })
        let without = SVGInspection(chart([.init(label: "A", value: 1)]).svg())
        #expect(without.all("line").allSatisfy { $0.attributes["class"] != "target" })
        #expect(without.all("g").allSatisfy { $0.attributes["class"] != "legend" })
    }

    @Test func referenceLineIsDashedAndNamed() {
        let svg = SVGInspection(chart(sample, reference: .init(value: Self.d("8.27"), label: "Bình quân toàn tỉnh")).svg())
        let line = svg.all("line").first { $0.attributes["class"] == "reference" }
        #expect(line?.attributes["stroke-dasharray"] == ChartPalette.referenceDash.description)
        #expect(svg.all("text").contains { $0.text == "Bình quân toàn tỉnh" })
    }

    @Test func longLabelIsCutButTitleKeepsIt() {
        let long = "Ủy ban nhân dân xã Nguyễn Văn Trỗi thuộc huyện Thủ Đức cũ, nay là thành phố Thủ Đức, Hồ Chí Minh"
        let svg = SVGInspection(chart([.init(label: long, value: 3)]).svg())
        let shown = svg.all("text").first { $0.text.hasSuffix("…") }
        #expect(shown != nil)
        #expect(long.hasPrefix(String(shown?.text.dropLast() ?? "")))
        #expect(svg.all("title").contains { $0.text == "\(long): 3,00%" })
    }

    @Test func allZeroAndEmptyChartsAreFine() {
        let zeros = SVGInspection(chart([.init(label: "A", value: 0), .init(label: "B", value: 0)]).svg())
        #expect(zeros.error == nil && zeros.numbersAreTidy)
        #expect(zeros.all("rect").isEmpty)
        #expect(zeros.all("text").filter { $0.text == "0,00%" }.count == 2)
        let empty = SVGInspection(chart([]).svg())
        #expect(empty.error == nil && empty.numbersAreTidy)
    }

    @Test func oddNumbersDoNotBreakIt() {
        let svg = SVGInspection(chart([
            .init(label: "trống", value: nil, target: nil), .init(label: "lớn", value: Self.d("1e30")),
            .init(label: "nhỏ", value: Self.d("-0.0000001"), target: Self.d("0.001")),
        ]).svg())
        #expect(svg.error == nil && svg.numbersAreTidy)
        #expect(svg.all("title").contains { $0.text == "trống: -" })
    }
}
