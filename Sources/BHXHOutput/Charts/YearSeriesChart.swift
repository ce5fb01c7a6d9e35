import Foundation
import VietnameseFormat

/// A chart of values by year as inline SVG: actual values as solid bars (or a solid line with filled
/// circles), estimates as striped bars (or dotted segments to filled squares), targets as a dashed
/// line with hollow circles, so that grey-scale print still tells them apart. Years run continuously
/// from the first to the last given (gaps stay empty); the value axis includes zero and has a few
/// gridlines with Vietnamese-formatted ticks.
///
/// A year given twice in one series keeps its first value; a year with both an actual value and an
/// estimate shows the actual. Years outside 1...9999 are ignored; nil values leave a gap.
///
/// ```swift
/// let chart = YearSeriesChart(
///     title: "Số người tham gia BHXH bắt buộc, TP. Bắc Kạn", description: "Thực hiện 2015–2018, kế hoạch 2019–2020",
///     actual: [.init(year: 2017, value: 3_452), .init(year: 2018, value: 3_884)],
///     targets: [.init(year: 2019, value: 4_467), .init(year: 2020, value: 5_360)])
/// page += chart.svg()
/// ```
public struct YearSeriesChart: Sendable {
    /// One year's value of a series; nil when unknown.
    public struct Point: Sendable, Equatable {
        /// The year.
        public var year: Int
        /// The value; nil leaves a gap.
        public var value: ExactNumber?

        /// Creates a point.
        public init(year: Int, value: ExactNumber?) {
            self.year = year
            self.value = value
        }
    }

    /// How actual values and estimates are drawn.
    public enum Style: Sendable {
        /// Bars: solid for actual values, striped for estimates.
        case bars
        /// A line: solid between actual values, dotted towards estimates.
        case line
    }

    /// The legend names of the three series.
    public struct SeriesNames: Sendable, Equatable {
        /// Name of the actual values, e.g. "Thực hiện".
        public var actual: String
        /// Name of the estimates, e.g. "Ước thực hiện".
        public var estimate: String
        /// Name of the targets, e.g. "Kế hoạch".
        public var target: String

        /// Creates the names.
        public init(actual: String = "Thực hiện", estimate: String = "Ước thực hiện", target: String = "Kế hoạch") {
            self.actual = actual
            self.estimate = estimate
            self.target = target
        }
    }

    /// The accessible name (`<title>`), in Vietnamese, given by the caller.
    public var title: String
    /// The accessible description (`<desc>`).
    public var description: String
    /// Actual values.
    public var actual: [Point]
    /// Estimates for a whole year.
    public var estimates: [Point]
    /// Targets.
    public var targets: [Point]
    /// Bars or a line for actual values and estimates.
    public var style: Style
    /// Decimals of values in tooltips (ticks use what their step needs).
    public var valueDecimals: Int
    /// Written after every value, e.g. "%".
    public var unitSuffix: String
    /// The legend names; a series with no known value has no legend entry.
    public var names: SeriesNames
    /// The width and height of the `viewBox` (the chart scales to its container).
    public var width: Int, height: Int
    /// The id prefix of the chart's elements; nil derives a stable one from its content.
    public var id: String?

    /// Creates a chart; see the properties for the meaning of each argument.
    public init(title: String, description: String, actual: [Point], estimates: [Point] = [], targets: [Point] = [],
                style: Style = .bars, valueDecimals: Int = 0, unitSuffix: String = "", names: SeriesNames = SeriesNames(),
                width: Int = 720, height: Int = 300, id: String? = nil) {
        self.title = title
        self.description = description
        self.actual = actual
        self.estimates = estimates
        self.targets = targets
        self.style = style
        self.valueDecimals = valueDecimals
        self.unitSuffix = unitSuffix
        self.names = names
        self.width = width
        self.height = height
        self.id = id
    }

    /// The chart as an `<svg>` element.
    public func svg() -> String {
        String(decoding: svgUTF8(), as: UTF8.self)
    }

    /// The chart as an `<svg>` element, in UTF-8: what a page takes without a `String` in between.
    public func svgUTF8() -> [UInt8] {
        YearSeriesLayout(chart: self).svgUTF8()
    }
}
