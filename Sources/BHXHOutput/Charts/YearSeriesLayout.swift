import Foundation
import VietnameseFormat

/// The geometry and drawing of a `YearSeriesChart`: legend row, plot with horizontal gridlines and
/// value ticks on the left, one slot per year with its label below.
struct YearSeriesLayout {
    private static let fontSize: Double = 12
    private static let padding: Double = 8
    private static let legendHeight: Double = 24
    private static let yearLabelHeight: Double = 18
    private static let validYears = 1...9_999

    /// A known actual value or estimate.
    private struct Observation {
        let value: ExactNumber
        let isEstimate: Bool
    }

    private let chart: YearSeriesChart
    private let format: ChartValueFormat
    private let frame: ChartFrame
    private let years: ClosedRange<Int>?
    private let observed: [Int: Observation]
    private let targets: [Int: ExactNumber]
    private let scale: ValueScale
    /// The text of each gridline value, in the order of `scale.ticks`.
    private let tickLabels: [String]
    private let legend: ChartLegend
    private let width: Double, height: Double
    private let plotLeft: Double, plotRight: Double, plotTop: Double, plotBottom: Double

    init(chart: YearSeriesChart) {
        self.chart = chart
        let format = ChartValueFormat(decimals: chart.valueDecimals, suffix: chart.unitSuffix)
        self.format = format
        let allYears = (chart.actual + chart.estimates + chart.targets).map(\.year).filter(Self.validYears.contains)
        years = allYears.min().flatMap { first in allYears.max().map { first...$0 } }
        let actual = Self.known(chart.actual), estimates = Self.known(chart.estimates)
        targets = Self.known(chart.targets)
        observed = actual.mapValues { Observation(value: $0, isEstimate: false) }
            .merging(estimates.mapValues { Observation(value: $0, isEstimate: true) }) { actual, _ in actual }
        let scale = ValueScale(covering: observed.values.map(\.value) + targets.values.map { $0 }, tickCount: 4)
        self.scale = scale

        // The summary of the data is worked out only when the chart has no id of its own.
        frame = ChartFrame(kind: "years", title: chart.title, description: chart.description, requestedID: chart.id,
                           content: "\(chart.style)|" + [chart.actual, chart.estimates, chart.targets].map { series in
                               series.map { "\($0.year)=\(format.text($0.value))" }.joined(separator: ",")
                           }.joined(separator: "|"))

        var legend = ChartLegend()
        let bars = chart.style == .bars
        if observed.values.contains(where: { !$0.isEstimate }) {
            legend.entries.append((bars ? .bar(fill: ChartPalette.light)
                                        : .line(color: ChartPalette.dark, dash: nil, marker: .filledCircle), chart.names.actual))
        }
        if observed.values.contains(where: \.isEstimate) {
            legend.entries.append((bars ? .pattern(id: "\(frame.id)-hatch")
                                        : .line(color: ChartPalette.dark, dash: ChartPalette.estimateDash, marker: .square),
                                   chart.names.estimate))
        }
        if !targets.isEmpty {
            legend.entries.append((.line(color: ChartPalette.ink, dash: ChartPalette.targetDash, marker: .hollowCircle),
                                   chart.names.target))
        }
        self.legend = legend

        width = Double(min(4_000, max(240, chart.width)))
        height = Double(min(2_000, max(120, chart.height)))
        let tickLabels = scale.ticks.map { format.tick($0, decimals: scale.tickDecimals) }
        self.tickLabels = tickLabels
        let tickWidth = tickLabels.map { TextMeasure.width($0, fontSize: Self.fontSize) }.max() ?? 0
        plotLeft = Self.padding + tickWidth + 6
        plotRight = width - Self.padding - 4
        plotTop = Self.padding + (legend.entries.isEmpty ? 0 : Self.legendHeight) + 6
        plotBottom = max(plotTop + 1, height - Self.padding - Self.yearLabelHeight)
    }

    /// The known values of a series by year: the first value of a year wins; nil and years
    /// outside 1...9999 are left out.
    private static func known(_ points: [YearSeriesChart.Point]) -> [Int: ExactNumber] {
        var table: [Int: ExactNumber] = [:]
        for point in points where validYears.contains(point.year) && table[point.year] == nil {
            if let value = point.value { table[point.year] = value }
        }
        return table
    }

    /// The whole chart, as UTF-8.
    func svgUTF8() -> [UInt8] {
        var svg = SVGBuilder()
        frame.open(into: &svg, width: width, height: height)
        drawDefs(into: &svg)
        legend.draw(into: &svg, x: Self.padding, y: Self.padding, fontSize: Self.fontSize)
        drawGrid(into: &svg)
        if let years {
            drawYearLabels(years, into: &svg)
            // Targets go over bars, but under a line's markers, so that an actual value equal to
            // its target shows as a dot inside the target's ring.
            switch chart.style {
            case .bars:
                drawBars(years, into: &svg)
                drawTargets(years, into: &svg)
            case .line:
                drawTargets(years, into: &svg)
                drawLine(years, into: &svg)
            }
        }
        svg.close("svg")
        return svg.utf8
    }

    /// The stripes of estimate bars, when there are any.
    private func drawDefs(into svg: inout SVGBuilder) {
        guard chart.style == .bars, observed.values.contains(where: \.isEstimate) else { return }
        svg.open("defs")
        svg.start("pattern")
        svg.beginAttribute("id")
        svg.escaped(frame.id)
        svg.literal("-hatch")
        svg.endAttribute()
        svg.attribute("patternUnits", "userSpaceOnUse")
        svg.attribute("width", "6")
        svg.attribute("height", "6")
        svg.attribute("patternTransform", "rotate(45)")
        svg.endOpen()
        svg.start("rect")
        svg.attribute("width", "6")
        svg.attribute("height", "6")
        svg.attribute("fill", ChartPalette.paper)
        svg.endEmpty()
        svg.startLine(from: 0, 0, to: 0, 6)
        svg.attribute("stroke", ChartPalette.dark)
        svg.attribute("stroke-width", "2.5")
        svg.endEmpty()
        svg.close("pattern")
        svg.close("defs")
    }

    private func y(_ value: ExactNumber) -> Double {
        scale.position(value, from: plotBottom, to: plotTop)
    }

    private func slotWidth(_ years: ClosedRange<Int>) -> Double {
        (plotRight - plotLeft) / Double(years.count)
    }

    private func x(_ year: Int, in years: ClosedRange<Int>) -> Double {
        plotLeft + (Double(year - years.lowerBound) + 0.5) * slotWidth(years)
    }

    /// Writes the tooltip of one value, "2024 – Thực hiện: 21,51%".
    private func tooltip(_ year: Int, _ name: String, _ value: ExactNumber, into svg: inout SVGBuilder) {
        svg.openContent("title")
        svg.integer(year)
        svg.literal(" – ")
        svg.escaped(name)
        svg.literal(": ")
        svg.escaped(format.text(value))
        svg.close("title")
    }

    /// Opens a group with only a class.
    private func openGroup(class name: StaticString, into svg: inout SVGBuilder) {
        svg.start("g")
        svg.attribute("class", name)
        svg.endOpen()
    }

    /// Opens the group of one actual value or estimate, with its tooltip.
    private func openGroup(_ year: Int, _ point: Observation, into svg: inout SVGBuilder) {
        openGroup(class: point.isEstimate ? "estimate" : "actual", into: &svg)
        tooltip(year, point.isEstimate ? chart.names.estimate : chart.names.actual, point.value, into: &svg)
    }

    /// Gridlines and their values; the colours and text placement are set once on the group.
    private func drawGrid(into svg: inout SVGBuilder) {
        svg.start("g")
        svg.attribute("class", "grid")
        svg.attribute("stroke-width", "1")
        svg.attribute("text-anchor", "end")
        svg.attribute("fill", ChartPalette.mutedInk)
        svg.endOpen()
        for (tick, label) in zip(scale.ticks, tickLabels) {
            let level = y(tick)
            svg.startLine(from: plotLeft, level, to: plotRight, level)
            svg.attribute("stroke", tick == 0 ? ChartPalette.axis : ChartPalette.grid)
            svg.endEmpty()
            svg.start("text")
            svg.attribute("x", plotLeft - 6)
            svg.attribute("y", level + 4)
            svg.beginContent()
            svg.escaped(label)
            svg.close("text")
        }
        svg.close("g")
    }

    /// A label every k years, k chosen so labels stay at least 36 units apart.
    private func drawYearLabels(_ years: ClosedRange<Int>, into svg: inout SVGBuilder) {
        var every = 1
        while Double(every) * slotWidth(years) < 36, every < years.count { every += every < 10 ? 1 : every / 2 }
        svg.start("g")
        svg.attribute("class", "years")
        svg.attribute("text-anchor", "middle")
        svg.attribute("fill", ChartPalette.mutedInk)
        svg.endOpen()
        let baseline = plotBottom + 15
        for year in years where (year - years.lowerBound) % every == 0 {
            svg.start("text")
            svg.attribute("x", x(year, in: years))
            svg.attribute("y", baseline)
            svg.beginContent()
            svg.integer(year)
            svg.close("text")
        }
        svg.close("g")
    }

    private func drawBars(_ years: ClosedRange<Int>, into svg: inout SVGBuilder) {
        let barWidth = min(slotWidth(years) * 0.6, 40)
        for year in years {
            guard let point = observed[year] else { continue }
            let top = y(max(point.value, 0)), bottom = y(min(point.value, 0))
            openGroup(year, point, into: &svg)
            svg.start("rect")
            svg.attribute("x", x(year, in: years) - barWidth / 2)
            svg.attribute("y", top)
            svg.attribute("width", barWidth)
            svg.attribute("height", bottom - top)
            if point.isEstimate {
                svg.beginAttribute("fill")
                svg.literal("url(#")
                svg.escaped(frame.id)
                svg.literal("-hatch)")
                svg.endAttribute()
                svg.attribute("stroke", ChartPalette.dark)
            } else {
                svg.attribute("fill", point.value < 0 ? ChartPalette.negative : ChartPalette.light)
            }
            svg.endEmpty()
            svg.close("g")
        }
    }

    private func drawLine(_ years: ClosedRange<Int>, into svg: inout SVGBuilder) {
        svg.start("g")
        svg.attribute("class", "line")
        svg.attribute("stroke", ChartPalette.dark)
        svg.attribute("stroke-width", "2")
        svg.endOpen()
        for year in years {
            guard let point = observed[year], year < years.upperBound, let next = observed[year + 1] else { continue }
            svg.startLine(from: x(year, in: years), y(point.value), to: x(year + 1, in: years), y(next.value))
            if point.isEstimate || next.isEstimate {
                svg.attribute("stroke-dasharray", ChartPalette.estimateDash)
                svg.attribute("stroke-linecap", "round")
            }
            svg.endEmpty()
        }
        svg.close("g")
        for marker in [ChartMarker.filledCircle, .square] {
            let estimates = marker == .square
            guard observed.values.contains(where: { $0.isEstimate == estimates }) else { continue }
            marker.openGroup(into: &svg, color: ChartPalette.dark)
            for year in years {
                guard let point = observed[year], point.isEstimate == estimates else { continue }
                openGroup(year, point, into: &svg)
                marker.drawShape(into: &svg, x: x(year, in: years), y: y(point.value))
                svg.close("g")
            }
            svg.close("g")
        }
    }

    private func drawTargets(_ years: ClosedRange<Int>, into svg: inout SVGBuilder) {
        guard !targets.isEmpty else { return }
        svg.start("g")
        svg.attribute("class", "target-line")
        svg.attribute("stroke", ChartPalette.ink)
        svg.attribute("stroke-width", "1.5")
        svg.attribute("stroke-dasharray", ChartPalette.targetDash)
        svg.endOpen()
        for year in years {
            guard let value = targets[year], year < years.upperBound, let next = targets[year + 1] else { continue }
            svg.startLine(from: x(year, in: years), y(value), to: x(year + 1, in: years), y(next))
            svg.endEmpty()
        }
        svg.close("g")
        ChartMarker.hollowCircle.openGroup(into: &svg, color: ChartPalette.ink)
        for year in years {
            guard let value = targets[year] else { continue }
            openGroup(class: "target", into: &svg)
            tooltip(year, chart.names.target, value, into: &svg)
            ChartMarker.hollowCircle.drawShape(into: &svg, x: x(year, in: years), y: y(value))
            svg.close("g")
        }
        svg.close("g")
    }
}
