import BHXHCore
import Foundation
import VietnameseFormat

/// A scheme's page: the units of one level side by side in the scheme's latest year — a bar
/// chart of coverage sorted high to low with each unit's target marked, and the table.
struct SchemePageView: Sendable {
    /// One unit's line.
    struct Line: Sendable {
        var position: Int
        var name: String
        var href: String
        var status: String
        var participants: String
        var denominator: String
        var coverage: String
        var target: String
        var targetCoverage: String
        var completion: String
    }

    var key: String
    var shortName: String
    var fullName: String
    var coverageHeading: String
    var denominatorName: String
    /// The year shown; 0 when the scheme has no whole-year figure.
    var year: Int
    /// The chart (inline SVG), empty when nothing is known.
    var chart: String
    var lines: [Line]
    /// The whole area's line ("Toàn tỉnh" or "Tổng cộng"); its position is 0.
    var total: Line

    /// The page of `scheme`.
    init(_ scheme: Scheme, model: SiteModel) {
        key = scheme.rawValue
        shortName = scheme.shortName
        fullName = scheme.fullName
        coverageHeading = SiteWords.coverageHeading(scheme)
        denominatorName = scheme.denominator.vietnameseName
        let year = model.latestYear[scheme] ?? 0
        self.year = year
        let format = NumberStyle.vietnamese
        let count = { (value: Decimal?) in value.map { format.format($0) } ?? "-" }
        let percent = { (value: Decimal?) in value.map { format.format($0, decimals: 2) } ?? "-" }
        let units = model.topLevel
        func line(_ position: Int, _ name: String, _ href: String, _ seen: UnitHistory.Observation?,
                  _ target: UnitHistory.Target?) -> Line {
            Line(position: position, name: name, href: href,
                 status: seen.map { SiteWords.status($0.status) } ?? "-", participants: count(seen?.participants),
                 denominator: count(seen?.denominator), coverage: percent(seen?.coverage),
                 target: count(target?.participants.map { $0.roundedHalfUp() }), targetCoverage: percent(target?.coverage),
                 completion: percent(Ratios.percent(seen?.participants, of: target?.participants)))
        }
        lines = units.enumerated().map { position, index in
            let unit = model.tree.units[index]
            return line(position + 1, unit.name, "../units/\(unit.code).html", model.observation(index, scheme, year: year),
                        model.target(index, scheme, year: year))
        }
        let roots = model.roots
        total = line(0, roots.count == 1 ? model.tree.units[roots[0]].kind.wholeAreaName : model.areaName,
                     roots.count == 1 ? "../units/\(model.tree.units[roots[0]].code).html" : "../index.html",
                     model.areaTotal(scheme, year: year), roots.count == 1 ? model.target(roots[0], scheme, year: year) : nil)
        let bars = units.filter { model.tree.units[$0].kind.hasPopulation }.map { index in
            HorizontalBarChart.Bar(label: model.tree.units[index].name,
                                   value: model.observation(index, scheme, year: year)?.coverage,
                                   target: model.target(index, scheme, year: year)?.coverage)
        }
        chart = bars.contains(where: { $0.value != nil }) ? HorizontalBarChart(
            title: "Tỷ lệ tham gia \(scheme.shortName) năm \(year) theo đơn vị",
            description: "\(SiteWords.coverageHeading(scheme)), xếp từ cao xuống thấp; vạch dọc trên mỗi thanh là chỉ tiêu kế hoạch",
            bars: bars, valueDecimals: 2, unitSuffix: "%",
            referenceLine: model.areaTotal(scheme, year: year)?.coverage.map { .init(value: $0, label: model.areaName) },
            id: "s-\(scheme.rawValue)").svg() : ""
    }
}
