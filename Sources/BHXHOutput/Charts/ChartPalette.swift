/// The colours and strokes of every chart (text of the source, written as it is), chosen to stay distinguishable when printed in grey:
/// the series differ in lightness and in fill pattern or dash style, not in hue alone.
enum ChartPalette {
    /// Text, target markers and target lines: near black.
    static let ink: StaticString = "#1a1a1a"
    /// Secondary text: tick labels.
    static let mutedInk: StaticString = "#4d4d4d"
    /// Actual values drawn as lines and markers, and the stripes of estimates: dark blue (grey ≈ 35%).
    static let dark: StaticString = "#2b5c8a"
    /// Actual values drawn as bars: mid blue, at least 3:1 against the paper (3,6:1) and against the
    /// black target tick drawn across it (4,8:1).
    static let light: StaticString = "#5b8ac0"
    /// Negative bars: mid brown of about the same lightness (3,7:1 against the paper, 4,7:1 against
    /// the tick); their side of the zero axis tells them apart in grey.
    static let negative: StaticString = "#b5764f"
    /// Gridlines.
    static let grid: StaticString = "#d9d9d9"
    /// The zero axis.
    static let axis: StaticString = "#4d4d4d"
    /// Paper: the fill of hollow markers and the gaps of stripes.
    static let paper: StaticString = "#ffffff"
    /// Dashes of target lines.
    static let targetDash: StaticString = "5 3"
    /// Dashes of a reference line.
    static let referenceDash: StaticString = "2 3"
    /// Dots of line segments that lead to an estimate.
    static let estimateDash: StaticString = "1 3"
}
