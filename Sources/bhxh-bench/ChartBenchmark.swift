import BHXHOutput
import Foundation
import VietnameseFormat

/// `charts`: draws 1,000 year-series charts like those of a unit page (2015–2030, eleven actual
/// years, an estimate and five targets of coverage in percent, 18 digits as `Ratios` gives them), as SVG.
func chartBenchmark() throws {
    let charts = (0..<1_000).map { index in
        let base = ExactNumber(20 + index % 50)
        let actual = (2015...2025).map { year in
            YearSeriesChart.Point(year: year, value: base + ExactNumber.quotient(ExactNumber(year - 2015), 3)!)
        }
        let targets = (2026...2030).map { year in
            YearSeriesChart.Point(year: year, value: base + ExactNumber.quotient(ExactNumber(year - 2015), 2)!)
        }
        return YearSeriesChart(
            title: "Tỷ lệ tham gia BHXH bắt buộc, Xã Tân Phú \(index)", description: "Thực hiện và kế hoạch",
            actual: actual, estimates: [.init(year: 2026, value: base + 4)], targets: targets,
            style: .line, valueDecimals: 2, unitSuffix: "%", id: "c-\(index)")
    }
    var bytes = 0
    measure("charts (1,000 year series)", runs: 7) {
        bytes = charts.reduce(0) { $0 + $1.svgUTF8().count }
    }
    print("charts: \(bytes / 1_000) kB of SVG")
}
