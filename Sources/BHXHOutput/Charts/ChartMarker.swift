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
    func draw(into svg: inout SVGBuilder, x: Double, y: Double, color: StaticString) {
        openGroup(into: &svg, color: color)
        drawShape(into: &svg, x: x, y: y)
        svg.close("g")
    }

    /// Opens a group with the fill and stroke of the marker in `color`, around one or more of its
    /// shapes (SVG passes them down, so each shape needs only its position).
    func openGroup(into svg: inout SVGBuilder, color: StaticString) {
        svg.start("g")
        switch self {
        case .filledCircle:
            svg.attribute("fill", color)
            svg.attribute("stroke", color)
            svg.attribute("stroke-width", "1.5")
        case .hollowCircle:
            svg.attribute("fill", ChartPalette.paper)
            svg.attribute("stroke", color)
            svg.attribute("stroke-width", "1.5")
        case .square:
            svg.attribute("fill", color)
            svg.attribute("stroke", "none")
        }
        svg.endOpen()
    }

    /// Draws the marker's shape centred on (`x`, `y`), styled by the group it is in.
    func drawShape(into svg: inout SVGBuilder, x: Double, y: Double) {
        switch self {
        case .filledCircle, .hollowCircle:
            svg.start("circle")
            svg.attribute("cx", x)
            svg.attribute("cy", y)
            svg.attribute("r", self == .filledCircle ? "3.5" : "5.5")
        case .square:
            svg.start("rect")
            svg.attribute("x", x - 4)
            svg.attribute("y", y - 4)
            svg.attribute("width", "8")
            svg.attribute("height", "8")
        }
        svg.endEmpty()
    }
}
