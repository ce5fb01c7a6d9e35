import Foundation

/// The point markers of series charts; their shapes tell the series apart in grey.
enum ChartMarker {
    /// A filled circle: an actual value.
    case filledCircle
    /// A hollow circle (paper inside): a target.
    case hollowCircle
    /// A filled square: an estimate.
    case square

    /// Draws the marker centred on (`x`, `y`) in `color`.
    func draw(into svg: inout SVGBuilder, x: Double, y: Double, color: String) {
        let n = SVGBuilder.number
        switch self {
        case .filledCircle, .hollowCircle:
            svg.empty("circle", ["cx": n(x), "cy": n(y), "r": "3.5", "fill": self == .hollowCircle ? ChartPalette.paper : color,
                                 "stroke": color, "stroke-width": "1.5"])
        case .square:
            svg.empty("rect", ["x": n(x - 4), "y": n(y - 4), "width": "8", "height": "8", "fill": color])
        }
    }
}
