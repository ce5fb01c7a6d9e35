import Foundation
import VietnameseFormat

/// A horizontal bar chart as inline SVG: one row per label, sorted largest first by default, the
/// value written at the end of each bar in Vietnamese format, an optional target tick on each bar
/// and an optional reference line across all of them.
///
/// - Unknown values (nil) show "-" and no bar; they sort last.
/// - Negative values (a fall) draw to the left of a zero axis; the axis always includes zero.
/// - The chart grows 20 units per bar; labels longer than the label column are cut with "…", the
///   full label stays in each row's `<title>` (a tooltip, read by screen readers).
///
/// ```swift
/// let chart = HorizontalBarChart(
///     title: "Tỷ lệ tham gia BHXH năm 2024", description: "Tỷ lệ so với lực lượng lao động, theo huyện",
///     bars: [.init(label: "Huyện Ba Bể", value: ExactNumber(FixedDecimal(units: 844, scale: 2)!), target: 10)], valueDecimals: 2, unitSuffix: "%")
/// page += chart.svg()
/// ```
public struct HorizontalBarChart: Sendable {
    /// One row: its label, its value and, if any, its target.
    public struct Bar: Sendable, Equatable {
        /// The row label, e.g. a unit name.
        public var label: String
        /// The value drawn as the bar; nil when unknown.
        public var value: ExactNumber?
        /// The target drawn as a tick across the bar; nil for none.
        public var target: ExactNumber?

        /// Creates a row.
        public init(label: String, value: ExactNumber?, target: ExactNumber? = nil) {
            self.label = label
            self.value = value
            self.target = target
        }
    }

    /// A vertical dashed line across every row, e.g. the province average, named in the legend.
    public struct ReferenceLine: Sendable, Equatable {
        /// Where the line is drawn.
        public var value: ExactNumber
        /// Its legend text, e.g. "Bình quân toàn tỉnh".
        public var label: String

        /// Creates a reference line.
        public init(value: ExactNumber, label: String) {
            self.value = value
            self.label = label
        }
    }

    /// The order of the rows.
    public enum Order: Sendable {
        /// Largest value first; unknown values last; equal values keep the order given.
        case descending
        /// As given.
        case asGiven
    }

    /// The accessible name (`<title>`), in Vietnamese, given by the caller.
    public var title: String
    /// The accessible description (`<desc>`).
    public var description: String
    /// The rows.
    public var bars: [Bar]
    /// Decimals of the value labels (rounded half up).
    public var valueDecimals: Int
    /// Written after every value, e.g. "%".
    public var unitSuffix: String
    /// An optional reference line.
    public var referenceLine: ReferenceLine?
    /// The order of the rows.
    public var order: Order
    /// The legend name of the bars, shown when there is a legend (targets or a reference line).
    public var valueName: String
    /// The legend name of the target ticks.
    public var targetName: String
    /// The width of the `viewBox` (the chart scales to its container; text is 12 units high).
    public var width: Int
    /// The id prefix of the chart's elements; nil derives a stable one from its content.
    public var id: String?

    /// Creates a chart; see the properties for the meaning of each argument.
    public init(title: String, description: String, bars: [Bar], valueDecimals: Int = 0, unitSuffix: String = "",
                referenceLine: ReferenceLine? = nil, order: Order = .descending, valueName: String = "Thực hiện",
                targetName: String = "Chỉ tiêu", width: Int = 720, id: String? = nil) {
        self.title = title
        self.description = description
        self.bars = bars
        self.valueDecimals = valueDecimals
        self.unitSuffix = unitSuffix
        self.referenceLine = referenceLine
        self.order = order
        self.valueName = valueName
        self.targetName = targetName
        self.width = width
        self.id = id
    }

    /// The rows in drawing order.
    var orderedBars: [Bar] {
        guard order == .descending else { return bars }
        return bars.enumerated().sorted { left, right in
            switch (left.element.value, right.element.value) {
            case let (l?, r?) where l != r: return l > r
            case (_?, nil): return true
            case (nil, _?): return false
            default: return left.offset < right.offset
            }
        }.map(\.element)
    }

    /// The chart as an `<svg>` element.
    public func svg() -> String {
        String(decoding: svgUTF8(), as: UTF8.self)
    }

    /// The chart as an `<svg>` element, in UTF-8: what a page takes without a `String` in between.
    public func svgUTF8() -> [UInt8] {
        BarChartLayout(chart: self).svgUTF8()
    }
}
