import Foundation
import VietnameseFormat

/// A word-sized line chart as inline SVG for index tables: values in order (e.g. by year), the line
/// broken where a value is nil, the last known value marked with a dot. Without a `scale` it spans
/// the range of its own values (not from zero), to show the trend; with one, sparklines set side by
/// side share it (written at their left), so their heights compare. Unlike the other charts it has
/// a natural size (`width` × `height` attributes) as well as a `viewBox`.
///
/// ```swift
/// cell += Sparkline(title: "Số người tham gia 2015–2019", description: "Từ 3.452 lên 5.360 người",
///                   values: [3_452, 3_884, nil, 4_467, 5_360]).svg()
/// ```
public struct Sparkline: Sendable {
    /// A vertical scale shared by several sparklines: the values at the bottom and the top of the
    /// plot, and how they are written beside it ("0%", "100%").
    public struct Scale: Sendable, Equatable {
        /// The value at the bottom.
        public var low: ExactNumber
        /// The value at the top.
        public var high: ExactNumber
        /// The text written at the bottom left.
        public var lowLabel: String
        /// The text written at the top left.
        public var highLabel: String

        /// Creates a scale; `high` above `low`.
        public init(low: ExactNumber, high: ExactNumber, lowLabel: String, highLabel: String) {
            self.low = low
            self.high = high
            self.lowLabel = lowLabel
            self.highLabel = highLabel
        }
    }

    /// The accessible name (`<title>`), in Vietnamese, given by the caller.
    public var title: String
    /// The accessible description (`<desc>`); say what the line shows, the figures are not readable.
    public var description: String
    /// The values, left to right; nil leaves a gap.
    public var values: [ExactNumber?]
    /// The size of the `viewBox` and of the element.
    public var width: Int, height: Int
    /// The id prefix of the chart's elements; nil derives a stable one from its content.
    public var id: String?
    /// The shared scale, labelled at the left; nil spans the values' own range, unlabelled.
    public var scale: Scale?

    /// Creates a sparkline; see the properties for the meaning of each argument.
    public init(title: String, description: String, values: [ExactNumber?], width: Int = 120, height: Int = 28,
                id: String? = nil, scale: Scale? = nil) {
        self.title = title
        self.description = description
        self.values = values
        self.width = width
        self.height = height
        self.id = id
        self.scale = scale.flatMap { $0.high > $0.low ? $0 : nil }
    }

    /// The size of the scale's labels.
    private static let labelSize = 10.0

    /// The sparkline as an `<svg>` element.
    public func svg() -> String {
        String(decoding: svgUTF8(), as: UTF8.self)
    }

    /// The sparkline as an `<svg>` element, in UTF-8: what a page takes without a `String` in between.
    public func svgUTF8() -> [UInt8] {
        let known = values
        let frame = ChartFrame(kind: "sparkline", title: title, description: description, requestedID: id,
                               content: known.map { $0.map { "\($0)" } ?? "-" }.joined(separator: ",")
                                   + (scale.map { "|\($0.low)..\($0.high)" } ?? ""))
        let width = Double(min(2_000, max(16, self.width))), height = Double(min(1_000, max(8, self.height)))
        let inset = 3.0
        let low = scale?.low ?? known.compactMap { $0 }.min() ?? 0, high = scale?.high ?? known.compactMap { $0 }.max() ?? 0
        let lowPosition = low.approximateDouble, span = (high - low).approximateDouble
        let labels = scale.map { [$0.highLabel, $0.lowLabel] } ?? []
        let left = inset + (labels.map { TextMeasure.width($0, fontSize: Self.labelSize) + 4 }.max() ?? 0)
        let step = known.count > 1 ? (width - left - inset) / Double(known.count - 1) : 0
        func x(_ index: Int) -> Double { known.count > 1 ? left + Double(index) * step : (left + width - inset) / 2 }
        func y(_ value: ExactNumber) -> Double {
            let clamped = min(max(value, low), high)
            return high == low ? height / 2 : height - inset - (clamped.approximateDouble - lowPosition) / span * (height - 2 * inset)
        }

        var svg = SVGBuilder()
        frame.open(into: &svg, width: width, height: height, fixedSize: true)
        if let scale {
            svg.start("g")
            svg.attribute("class", "scale")
            svg.attribute("font-size", Self.labelSize)
            svg.attribute("fill", ChartPalette.mutedInk)
            svg.attribute("stroke", ChartPalette.grid)
            svg.endOpen()
            for (value, label, baseline) in [(scale.high, scale.highLabel, y(scale.high) + Self.labelSize * 0.7),
                                              (scale.low, scale.lowLabel, y(scale.low))] {
                svg.startLine(from: left, y(value), to: width - inset, y(value))
                svg.endEmpty()
                svg.start("text")
                svg.attribute("x", inset)
                svg.attribute("y", baseline)
                svg.attribute("stroke", "none")
                svg.beginContent()
                svg.escaped(label)
                svg.close("text")
            }
            svg.close("g")
        }
        var run: [(x: Double, y: Double)] = []
        func finishRun() {
            if run.count > 1 {
                svg.start("polyline")
                svg.beginAttribute("points")
                for (index, point) in run.enumerated() {
                    if index > 0 { svg.literal(" ") }
                    svg.number(point.x)
                    svg.literal(",")
                    svg.number(point.y)
                }
                svg.endAttribute()
                svg.attribute("fill", "none")
                svg.attribute("stroke", ChartPalette.dark)
                svg.attribute("stroke-width", "1.5")
                svg.attribute("stroke-linejoin", "round")
                svg.attribute("stroke-linecap", "round")
                svg.endEmpty()
            } else if let point = run.first {
                dot(at: point.x, point.y, radius: "1", into: &svg)
            }
            run = []
        }
        for (index, value) in known.enumerated() {
            if let value {
                run.append((x(index), y(value)))
            } else {
                finishRun()
            }
        }
        finishRun()
        if let last = known.lastIndex(where: { $0 != nil }), let value = known[last] {
            dot(at: x(last), y(value), radius: "2", into: &svg)
        }
        svg.close("svg")
        return svg.utf8
    }

    /// A dot of the line's colour centred on (`x`, `y`).
    private func dot(at x: Double, _ y: Double, radius: StaticString, into svg: inout SVGBuilder) {
        svg.start("circle")
        svg.attribute("cx", x)
        svg.attribute("cy", y)
        svg.attribute("r", radius)
        svg.attribute("fill", ChartPalette.dark)
        svg.endEmpty()
    }
}
