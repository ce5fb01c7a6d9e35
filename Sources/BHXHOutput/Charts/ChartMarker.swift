import Foundation

/// The point markers of series charts; their shapes tell the series apart in grey.
enum ChartMarker {
    /// A filled circle: an actual value.
    case filledCircle
    /// A hollow circle (paper inside), larger than the others: a target, whose ring stays visible
    /// around an actual value or estimate drawn on top of it.
    case hollowCircle
    /// A filled square: an estimate.
    case square

    /// Draws the marker centred on (`x`, `y`) in `color`.
    func draw(into svg: inout SVGBuilder, x: Double, y: Double, color: String) {
        svg.open("g", style(color: color))
        drawShape(into: &svg, x: x, y: y)
        svg.close("g")
    }

    /// The fill and stroke of the marker in `color`, for a group around one or more of its shapes
    /// (SVG passes them down, so each shape needs only its position).
    func style(color: String) -> KeyValuePairs<String, String?> {
        switch self {
        case .filledCircle: ["fill": color, "stroke": color, "stroke-width": "1.5"]
        case .hollowCircle: ["fill": ChartPalette.paper, "stroke": color, "stroke-width": "1.5"]
        case .square: ["fill": color, "stroke": "none"]
        }
    }

    /// Draws the marker's shape centred on (`x`, `y`), styled by the group it is in.
    func drawShape(into svg: inout SVGBuilder, x: Double, y: Double) {
        let n = SVGBuilder.number
        switch self {
        case .filledCircle:
            svg.empty("circle", ["cx": n(x), "cy": n(y), "r": "3.5"])
        case .hollowCircle:
            svg.empty("circle", ["cx": n(x), "cy": n(y), "r": "5.5"])
        case .square:
            svg.empty("rect", ["x": n(x - 4), "y": n(y - 4), "width": "8", "height": "8"])
        }
    }
}
