import Foundation
import Testing
import VietnameseFormat
@testable import BHXHOutput

/// The charts as a reader sees them: bars that stand out from the paper, labels clear of the lines
/// drawn across them, a target's marker that does not cover the actual value, sparklines that share
/// one labelled scale.
@Suite struct ChartReadabilityTests {
    /// WCAG 2 contrast ratio of two "#rrggbb" colours, worked out here rather than taken from the code.
    static func contrast(_ first: String, _ second: String) -> Double {
        func luminance(_ hex: String) -> Double {
            let digits = Array(hex.dropFirst())
            let channels = stride(from: 0, to: 6, by: 2).map { Double(Int(String(digits[$0...$0 + 1]), radix: 16) ?? 0) / 255 }
                .map { $0 <= 0.039_28 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
            return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
        }
        let (a, b) = (luminance(first), luminance(second))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    @Test func contrastIsWorkedOutAsWCAGDoes() {
        #expect(abs(Self.contrast("#ffffff", "#000000") - 21) < 0.001)
        #expect(abs(Self.contrast("#767676", "#ffffff") - 4.54) < 0.01)
    }

    @Test func barsStandOutFromThePaperAndTheTargetTickFromTheBars() {
        for fill in [ChartPalette.light.description, ChartPalette.negative.description] {
            #expect(Self.contrast(fill, ChartPalette.paper.description) >= 3, "\(fill) on paper")
            #expect(Self.contrast(fill, ChartPalette.ink.description) >= 3, "target tick on \(fill)")
        }
    }

    @Test func noValueLabelLiesUnderTheReferenceLine() throws {
        // The average (10,2%) falls just past the end of the 10% bar, where its label would start.
        let bars: [HorizontalBarChart.Bar] = [.init(label: "A", value: 10, target: 11), .init(label: "B", value: ExactNumber(FixedDecimal(units: 95, scale: 1)!)), .init(label: "C", value: 2)]
        for reference in [ExactNumber(FixedDecimal(units: 102, scale: 1)!), ExactNumber(FixedDecimal(units: 97, scale: 1)!), 2] {
            let svg = SVGInspection(HorizontalBarChart(title: "t", description: "d", bars: bars, valueDecimals: 2, unitSuffix: "%",
                                                       referenceLine: .init(value: reference, label: "Chung")).svg())
            let line = try #require(svg.all("line").first { $0.attributes["class"] == "reference" })
            let x = try #require(Double(line.attributes["x1"] ?? ""))
            let labels = svg.groups("bar").flatMap { $0 }.filter { $0.name == "text" && $0.attributes["text-anchor"] == "start" }
            #expect(labels.count == 3)
            for label in labels {
                let start = try #require(Double(label.attributes["x"] ?? ""))
                let end = start + TextMeasure.width(label.text, fontSize: 12)
                #expect(x < start - 1 || x > end + 1, "\(label.text) from \(start) to \(end) lies under the line at \(x)")
            }
        }
    }

    @Test func theActualMarkerIsDrawnOverALargerTargetRing() throws {
        let chart = YearSeriesChart(title: "t", description: "d", actual: [.init(year: 2018, value: 8), .init(year: 2019, value: 10)],
                                    targets: [.init(year: 2019, value: 10)], style: .line)
        let svg = SVGInspection(chart.svg())
        let circles = svg.all("circle").filter { circle in !circle.ancestors.contains { svg.elements[$0].attributes["class"] == "legend" } }
        let target = try #require(circles.first { svg.effective("fill", $0) == ChartPalette.paper.description })
        let actual = try #require(circles.last { svg.effective("fill", $0) == ChartPalette.dark.description })
        #expect(target.attributes["cx"] == actual.attributes["cx"] && target.attributes["cy"] == actual.attributes["cy"])
        // Drawn first and larger: its ring shows around the actual value's dot.
        let order = svg.elements.indices.filter { svg.elements[$0].name == "circle" }
        #expect(try #require(order.firstIndex { svg.elements[$0].attributes["cx"] == target.attributes["cx"] && svg.effective("fill", svg.elements[$0]) == ChartPalette.paper.description })
            < #require(order.lastIndex { svg.elements[$0].attributes["cx"] == actual.attributes["cx"] && svg.effective("fill", svg.elements[$0]) == ChartPalette.dark.description }))
        #expect(try #require(Double(target.attributes["r"] ?? "")) > #require(Double(actual.attributes["r"] ?? "")) + 1.5)
    }

    @Test func sparklinesOnOneScaleCompareAndSayTheirScale() throws {
        let scale = Sparkline.Scale(low: 0, high: 100, lowLabel: "0%", highLabel: "100%")
        let low = SVGInspection(Sparkline(title: "a", description: "d", values: [10, 50], width: 160, height: 40, scale: scale).svg())
        let high = SVGInspection(Sparkline(title: "b", description: "d", values: [50, 90], width: 160, height: 40, scale: scale).svg())
        func points(_ svg: SVGInspection) throws -> [(x: String, y: Double)] {
            try #require(svg.all("polyline").first?.attributes["points"]).split(separator: " ").map { point in
                let parts = point.split(separator: ",")
                return (String(parts[0]), Double(parts[1]) ?? -1)
            }
        }
        let (a, b) = (try points(low), try points(high))
        // 50% is at the same height in both, half way between the bottom (40 − 3) and the top (3).
        #expect(a[1].y == b[0].y && a[1].y == 20)
        #expect(a[0].y == 33.6 && b[1].y == 6.4)
        for svg in [low, high] { #expect(svg.all("text").map(\.text) == ["100%", "0%"]) }
        // Without a scale each line still spans its own range, as before.
        let own = try points(SVGInspection(Sparkline(title: "a", description: "d", values: [10, 50], width: 160, height: 40).svg()))
        #expect(own.map(\.y) == [37, 3])
    }
}
