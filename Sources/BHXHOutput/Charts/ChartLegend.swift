import Foundation

/// A row of legend entries, each a small sample of how a series is drawn followed by its name.
struct ChartLegend {
    /// How a series is drawn, for its sample.
    enum Sample {
        /// A solid bar of `fill`.
        case bar(fill: StaticString)
        /// A bar filled with the pattern whose id is given (estimates).
        case pattern(id: String)
        /// A vertical tick, as target markers on horizontal bars.
        case tick
        /// A line of `color` with `dash` (nil: solid) and, if any, a `marker` in its middle.
        case line(color: StaticString, dash: StaticString?, marker: ChartMarker?)
    }

    /// The entries, left to right.
    var entries: [(sample: Sample, name: String)] = []

    /// Draws the legend with its top-left corner at (`x`, `y`), one row 16 units high.
    func draw(into svg: inout SVGBuilder, x: Double, y: Double, fontSize: Double) {
        guard !entries.isEmpty else { return }
        svg.start("g")
        svg.attribute("class", "legend")
        svg.endOpen()
        var left = x
        let middle = y + 8
        for (sample, name) in entries {
            draw(sample, into: &svg, x: left, middle: middle)
            svg.start("text")
            svg.attribute("x", left + 22)
            svg.attribute("y", middle + 4)
            svg.attribute("fill", ChartPalette.ink)
            svg.beginContent()
            svg.escaped(name)
            svg.close("text")
            left += 22 + TextMeasure.width(name, fontSize: fontSize) + 16
        }
        svg.close("g")
    }

    private func draw(_ sample: Sample, into svg: inout SVGBuilder, x: Double, middle: Double) {
        switch sample {
        case .bar(let fill):
            sampleBar(into: &svg, x: x, middle: middle)
            svg.attribute("fill", fill)
            svg.endEmpty()
        case .pattern(let id):
            sampleBar(into: &svg, x: x, middle: middle)
            svg.beginAttribute("fill")
            svg.literal("url(#")
            svg.escaped(id)
            svg.literal(")")
            svg.endAttribute()
            svg.attribute("stroke", ChartPalette.dark)
            svg.endEmpty()
        case .tick:
            svg.startLine(from: x + 8, middle - 7, to: x + 8, middle + 7)
            svg.attribute("stroke", ChartPalette.ink)
            svg.attribute("stroke-width", "2")
            svg.endEmpty()
        case .line(let color, let dash, let marker):
            svg.startLine(from: x, middle, to: x + 16, middle)
            svg.attribute("stroke", color)
            svg.attribute("stroke-width", dash == nil ? "2" : "1.5")
            svg.attribute("stroke-dasharray", dash)
            svg.endEmpty()
            marker?.draw(into: &svg, x: x + 8, y: middle, color: color)
        }
    }

    /// Starts the rectangle of a bar's sample, up to its fill.
    private func sampleBar(into svg: inout SVGBuilder, x: Double, middle: Double) {
        svg.start("rect")
        svg.attribute("x", x)
        svg.attribute("y", middle - 5)
        svg.attribute("width", "16")
        svg.attribute("height", "10")
    }
}
