import Foundation
import VietnameseFormat

/// The geometry and drawing of a `HorizontalBarChart`: a legend row, tick labels, then one 20-unit
/// row per bar with the label column on the left and value labels at the bar ends.
struct BarChartLayout {
    private static let fontSize: Double = 12
    private static let padding: Double = 8
    private static let rowHeight: Double = 20
    private static let barHeight: Double = 12
    private static let legendHeight: Double = 24
    private static let tickLabelHeight: Double = 16

    private let chart: HorizontalBarChart
    private let rows: [HorizontalBarChart.Bar]
    private let format: ChartValueFormat
    private let scale: ValueScale
    private let legend: ChartLegend
    private let width: Double
    /// The right edge of the label column.
    private let labelRight: Double
    /// The plot area, left to right.
    private let plotLeft: Double, plotRight: Double
    /// The top of the first row.
    private let top: Double

    init(chart: HorizontalBarChart) {
        self.chart = chart
        rows = chart.orderedBars
        let format = ChartValueFormat(decimals: chart.valueDecimals, suffix: chart.unitSuffix)
        self.format = format
        width = Double(min(4_000, max(240, chart.width)))
        let values = rows.compactMap(\.value)
        let targets = rows.compactMap(\.target)
        scale = ValueScale(covering: values + targets + [chart.referenceLine?.value].compactMap { $0 })

        var legend = ChartLegend()
        if !targets.isEmpty || chart.referenceLine != nil {
            legend.entries.append((.bar(fill: ChartPalette.light), chart.valueName))
            if !targets.isEmpty { legend.entries.append((.tick, chart.targetName)) }
            if let reference = chart.referenceLine {
                legend.entries.append((.line(color: ChartPalette.axis, dash: ChartPalette.referenceDash, marker: nil),
                                       reference.label))
            }
        }
        self.legend = legend
        top = Self.padding + (legend.entries.isEmpty ? 0 : Self.legendHeight) + Self.tickLabelHeight

        let labelWidth = { (text: String) in TextMeasure.width(text, fontSize: Self.fontSize) }
        let rows = self.rows
        let rightSpace = rows.filter { ($0.value ?? 0) >= 0 }.map { labelWidth(format.text($0.value)) + 10 }.max() ?? 0
        let leftSpace = rows.filter { ($0.value ?? 0) < 0 }.map { labelWidth(format.text($0.value)) + 10 }.max() ?? 0
        let longestLabel = rows.map { labelWidth($0.label) }.max() ?? 0
        let room = width - 2 * Self.padding - leftSpace - rightSpace - width * 0.3
        let labelColumn = longestLabel > 0 ? max(0, min(width * 0.35, longestLabel + 8, room)) : 0
        labelRight = Self.padding + labelColumn
        plotLeft = labelRight + leftSpace
        plotRight = max(plotLeft + 1, width - Self.padding - rightSpace)
    }

    /// The whole chart, as UTF-8.
    func svgUTF8() -> [UInt8] {
        let frame = ChartFrame(kind: "bars", title: chart.title, description: chart.description, requestedID: chart.id,
                               content: rows.map { "\($0.label)|\(format.text($0.value))|\(format.text($0.target))" }
                                   .joined(separator: "\n"))
        let bottom = top + Double(rows.count) * Self.rowHeight
        var svg = SVGBuilder()
        frame.open(into: &svg, width: width, height: bottom + Self.padding)
        legend.draw(into: &svg, x: Self.padding, y: Self.padding, fontSize: Self.fontSize)
        drawGrid(into: &svg, bottom: bottom)
        if let reference = chart.referenceLine {
            let x = position(reference.value)
            svg.start("line")
            svg.attribute("class", "reference")
            svg.attribute("x1", x)
            svg.attribute("y1", top - 2)
            svg.attribute("x2", x)
            svg.attribute("y2", bottom)
            svg.attribute("stroke", ChartPalette.axis)
            svg.attribute("stroke-width", "1.5")
            svg.attribute("stroke-dasharray", ChartPalette.referenceDash)
            svg.endEmpty()
        }
        for (index, bar) in rows.enumerated() {
            drawRow(bar, top: top + Double(index) * Self.rowHeight, into: &svg)
        }
        svg.close("svg")
        return svg.utf8
    }

    private func position(_ value: ExactNumber) -> Double {
        scale.position(value, from: plotLeft, to: plotRight)
    }

    private func drawGrid(into svg: inout SVGBuilder, bottom: Double) {
        svg.start("g")
        svg.attribute("class", "grid")
        svg.endOpen()
        for tick in scale.ticks {
            let x = position(tick)
            svg.startLine(from: x, top - 2, to: x, bottom)
            svg.attribute("stroke", tick == 0 ? ChartPalette.axis : ChartPalette.grid)
            svg.attribute("stroke-width", "1")
            svg.endEmpty()
            svg.start("text")
            svg.attribute("x", x)
            svg.attribute("y", top - 5)
            svg.attribute("text-anchor", "middle")
            svg.attribute("fill", ChartPalette.mutedInk)
            svg.beginContent()
            svg.escaped(format.tick(tick, decimals: scale.tickDecimals))
            svg.close("text")
        }
        svg.close("g")
    }

    /// Where a value label starts (ends, for a negative bar): 4 units past the bar's end, or past the
    /// target tick and the reference line (`lines`) when one would cross the label.
    private func valueLabelX(end: Double, negative: Bool, label: String, lines: [Double]) -> Double {
        let reach = TextMeasure.width(label, fontSize: Self.fontSize) + 4
        let direction = negative ? -1.0 : 1.0
        var start = end + 4 * direction
        // Past each line in turn, nearest first, until none crosses the label.
        for line in lines.sorted(by: { ($0 - end) * direction < ($1 - end) * direction }) {
            let ahead = (line - start) * direction
            if ahead >= -5, ahead <= reach - 4 { start = line + 5 * direction }
        }
        return start
    }

    private func drawRow(_ bar: HorizontalBarChart.Bar, top rowTop: Double, into svg: inout SVGBuilder) {
        let baseline = rowTop + Self.rowHeight / 2 + 4
        let barTop = rowTop + (Self.rowHeight - Self.barHeight) / 2
        var title = "\(bar.label): \(format.text(bar.value))"
        if let target = bar.target { title += "; \(chart.targetName): \(format.text(target))" }
        svg.start("g")
        svg.attribute("class", "bar")
        svg.endOpen()
        svg.text("title", title)
        if labelRight > Self.padding + 6 {
            let shown = TextMeasure.truncated(bar.label, toWidth: labelRight - Self.padding - 6, fontSize: Self.fontSize)
            label(shown, x: labelRight - 6, baseline: baseline, anchor: "end", into: &svg)
        }
        let zero = position(0)
        if let value = bar.value {
            let end = position(value)
            if abs(end - zero) >= 0.05 {
                svg.start("rect")
                svg.attribute("x", min(zero, end))
                svg.attribute("y", barTop)
                svg.attribute("width", abs(end - zero))
                svg.attribute("height", Self.barHeight)
                svg.attribute("fill", value < 0 ? ChartPalette.negative : ChartPalette.light)
                svg.endEmpty()
            }
            let negative = value < 0
            let label = format.text(value)
            let lines = [bar.target, chart.referenceLine?.value].compactMap { $0 }.map(position)
            self.label(label, x: valueLabelX(end: negative ? end : max(end, zero), negative: negative, label: label, lines: lines),
                       baseline: baseline, anchor: negative ? "end" : "start", into: &svg)
        } else {
            self.label(format.text(nil), x: zero + 4, baseline: baseline, anchor: nil, into: &svg)
        }
        if let target = bar.target {
            let x = position(target)
            svg.start("line")
            svg.attribute("class", "target")
            svg.attribute("x1", x)
            svg.attribute("y1", barTop - 3)
            svg.attribute("x2", x)
            svg.attribute("y2", barTop + Self.barHeight + 3)
            svg.attribute("stroke", ChartPalette.ink)
            svg.attribute("stroke-width", "2")
            svg.endEmpty()
        }
        svg.close("g")
    }

    /// A text of the row in ink at `x` on its baseline, anchored at `anchor` (nil: its start).
    private func label(_ text: String, x: Double, baseline: Double, anchor: StaticString?, into svg: inout SVGBuilder) {
        svg.start("text")
        svg.attribute("x", x)
        svg.attribute("y", baseline)
        svg.attribute("text-anchor", anchor)
        svg.attribute("fill", ChartPalette.ink)
        svg.beginContent()
        svg.escaped(text)
        svg.close("text")
    }
}
