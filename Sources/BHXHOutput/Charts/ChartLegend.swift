import Foundation

/// A row of legend entries, each a small sample of how a series is drawn followed by its name.
struct ChartLegend {
    /// How a series is drawn, for its sample.
    enum Sample {
        /// A solid bar of `fill`.
        case bar(fill: String)
        /// A bar filled with the pattern whose id is given (estimates).
        case pattern(id: String)
        /// A vertical tick, as target markers on horizontal bars.
        case tick
        /// A line of `color` with `dash` (nil: solid) and, if any, a `marker` in its middle.
        case line(color: String, dash: String?, marker: ChartMarker?)
    }

    /// The entries, left to right.
    var entries: [(sample: Sample, name: String)] = []

    /// Draws the legend with its top-left corner at (`x`, `y`), one row 16 units high.
    func draw(into svg: inout SVGBuilder, x: Double, y: Double, fontSize: Double) {
        guard !entries.isEmpty else { return }
        svg.open("g", ["class": "legend"])
        var left = x
        let middle = y + 8
        for (sample, name) in entries {
            draw(sample, into: &svg, x: left, middle: middle)
            svg.text("text", ["x": SVGBuilder.number(left + 22), "y": SVGBuilder.number(middle + 4),
                              "fill": ChartPalette.ink], name)
            left += 22 + TextMeasure.width(name, fontSize: fontSize) + 16
        }
        svg.close("g")
    }

    private func draw(_ sample: Sample, into svg: inout SVGBuilder, x: Double, middle: Double) {
        let n = SVGBuilder.number
        switch sample {
        case .bar(let fill):
            svg.empty("rect", ["x": n(x), "y": n(middle - 5), "width": "16", "height": "10", "fill": fill])
        case .pattern(let id):
            svg.empty("rect", ["x": n(x), "y": n(middle - 5), "width": "16", "height": "10", "fill": "url(#\(id))",
                               "stroke": ChartPalette.dark])
        case .tick:
            svg.empty("line", ["x1": n(x + 8), "y1": n(middle - 7), "x2": n(x + 8), "y2": n(middle + 7),
                               "stroke": ChartPalette.ink, "stroke-width": "2"])
        case .line(let color, let dash, let marker):
            svg.empty("line", ["x1": n(x), "y1": n(middle), "x2": n(x + 16), "y2": n(middle), "stroke": color,
                               "stroke-width": dash == nil ? "2" : "1.5", "stroke-dasharray": dash])
            marker?.draw(into: &svg, x: x + 8, y: middle, color: color)
        }
    }
}
