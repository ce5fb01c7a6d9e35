import Foundation
import Testing
import VietnameseFormat
@testable import BHXHOutput

@Suite struct YearSeriesChartTests {
    private func chart(style: YearSeriesChart.Style = .bars) -> YearSeriesChart {
        YearSeriesChart(
            title: "Số người tham gia BHXH bắt buộc", description: "TP. Bắc Kạn, 2015–2022",
            actual: [.init(year: 2015, value: 2_890), .init(year: 2016, value: 3_105), .init(year: 2017, value: nil),
                     .init(year: 2018, value: 3_884)],
            estimates: [.init(year: 2019, value: 4_210), .init(year: 2018, value: 9_999)],
            targets: [.init(year: 2019, value: 4_467), .init(year: 2020, value: 5_360), .init(year: 2022, value: 6_400)],
            style: style)
    }

    @Test func accessibleAndWellFormed() throws {
        for style in [YearSeriesChart.Style.bars, .line] {
            let svg = SVGInspection(chart(style: style).svg())
            #expect(svg.error == nil)
            #expect(svg.root?.attributes["role"] == "img")
            #expect(svg.all("title").first?.text == "Số người tham gia BHXH bắt buộc")
            #expect(svg.all("desc").first?.text == "TP. Bắc Kạn, 2015–2022")
            #expect(svg.numbersAreTidy)
        }
    }

    @Test func everyYearOfTheRangeHasASlotAndLabel() {
        let labels = SVGInspection(chart().svg()).groups("years").first?.map(\.text)
        #expect(labels == (2015...2022).map(String.init))
    }

    @Test func ticksAreVietnameseNumbers() {
        let ticks = SVGInspection(chart().svg()).groups("grid").first?.filter { $0.name == "text" }.map(\.text)
        #expect(ticks == ["0", "2.000", "4.000", "6.000", "8.000"])
    }

    @Test func barsActualSolidEstimateHatchedActualWinsAYearWithBoth() throws {
        let svg = SVGInspection(chart().svg())
        let actual = svg.groups("actual")
        #expect(actual.count == 3)
        #expect(actual.map { $0.first?.text } == ["2015 – Thực hiện: 2.890", "2016 – Thực hiện: 3.105", "2018 – Thực hiện: 3.884"])
        let estimate = try #require(svg.groups("estimate").first)
        #expect(svg.groups("estimate").count == 1)
        let pattern = try #require(svg.all("pattern").first?.attributes["id"])
        #expect(estimate.last?.attributes["fill"] == "url(#\(pattern))")
    }

    @Test func targetsAreDashedWithHollowMarkersAndGapsBreakTheLine() {
        let svg = SVGInspection(chart().svg())
        let dashed = svg.all("line").filter { svg.effective("stroke-dasharray", $0) == ChartPalette.targetDash.description }
        #expect(dashed.count == 1 + 1)
        let markers = svg.groups("target").compactMap { $0.last }
        #expect(markers.count == 3)
        #expect(markers.allSatisfy { $0.name == "circle" && svg.effective("fill", $0) == ChartPalette.paper.description })
    }

    @Test func lineStyleIsSolidBetweenActualsAndDottedTowardsEstimates() {
        let svg = SVGInspection(chart(style: .line).svg())
        let lines = svg.all("line").filter { svg.effective("stroke", $0) == ChartPalette.dark.description }
        let solid = lines.filter { svg.effective("stroke-dasharray", $0) == nil }
        let dotted = lines.filter { svg.effective("stroke-dasharray", $0) == ChartPalette.estimateDash.description }
        #expect(solid.count == 1 + 1)
        #expect(dotted.count == 1 + 1)
        #expect(svg.groups("estimate").first?.last?.name == "rect")
        #expect(svg.all("pattern").isEmpty)
    }

    @Test func negativeValuesHangBelowZero() throws {
        let svg = SVGInspection(YearSeriesChart(title: "Tăng", description: "Tốc độ tăng",
                                                actual: [.init(year: 2019, value: 5), .init(year: 2020, value: ExactNumber(FixedDecimal(units: -25, scale: 1)!))],
                                                valueDecimals: 1, unitSuffix: "%").svg())
        let zero = try #require(svg.all("line").first { $0.attributes["stroke"] == ChartPalette.axis.description }?.attributes["y1"])
        let bars = svg.groups("actual").compactMap { $0.last }
        #expect(bars.count == 2)
        #expect(bars.last?.attributes["y"] == zero)
        #expect(bars.last?.attributes["fill"] == ChartPalette.negative.description)
        #expect(svg.groups("actual").last?.first?.text == "2020 – Thực hiện: -2,5%")
    }

    @Test func deterministicAndDistinctIDs() {
        #expect(chart().svg() == chart().svg())
        let a = SVGInspection(chart().svg()).root?.attributes["id"]
        var other = chart()
        other.targets = []
        #expect(a != SVGInspection(other.svg()).root?.attributes["id"])
        other.id = "đơn vị 01 <x>"
        #expect(SVGInspection(other.svg()).root?.attributes["id"] == "nv01x")
    }

    @Test func oddInputsAreHarmless() {
        let empty = SVGInspection(YearSeriesChart(title: "Trống", description: "Không có số liệu", actual: []).svg())
        #expect(empty.error == nil && empty.numbersAreTidy)
        let odd = SVGInspection(YearSeriesChart(
            title: "Lạ", description: "Năm ngoài khoảng, số trống",
            actual: [.init(year: Int.min, value: 1), .init(year: Int.max, value: 2), .init(year: 2020, value: nil),
                     .init(year: 1, value: 3), .init(year: 9_999, value: 4)]).svg())
        #expect(odd.error == nil && odd.numbersAreTidy)
        #expect(odd.groups("actual").count == 2)
    }
}
