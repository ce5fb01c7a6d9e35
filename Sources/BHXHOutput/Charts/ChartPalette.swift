/// The colours and strokes of every chart, chosen to stay distinguishable when printed in grey:
/// the series differ in lightness and in fill pattern or dash style, not in hue alone.
enum ChartPalette {
    /// Text, target markers and target lines: near black.
    static let ink = "#1a1a1a"
    /// Secondary text: tick labels.
    static let mutedInk = "#4d4d4d"
    /// Actual values drawn as lines and markers, and the stripes of estimates: dark blue (grey ≈ 35%).
    static let dark = "#2b5c8a"
    /// Actual values drawn as bars: light blue (grey ≈ 63%), so a black target tick shows on it.
    static let light = "#7ea6d0"
    /// Negative bars: light brown of the same lightness; their side of the zero axis tells them apart in grey.
    static let negative = "#d39a79"
    /// Gridlines.
    static let grid = "#d9d9d9"
    /// The zero axis.
    static let axis = "#4d4d4d"
    /// Paper: the fill of hollow markers and the gaps of stripes.
    static let paper = "#ffffff"
    /// Dashes of target lines.
    static let targetDash = "5 3"
    /// Dashes of a reference line.
    static let referenceDash = "2 3"
    /// Dots of line segments that lead to an estimate.
    static let estimateDash = "1 3"
}
