import BHXHCore
import Foundation

/// A scheme's page: the units of one level side by side in the scheme's latest year — a bar
/// chart of coverage sorted high to low with each unit's target marked, and the table.
struct SchemePageView: Sendable {
    /// One unit's line.
    struct Line: Sendable {
        var position: Int
        var link: PageLink
        var figures: FiguresLine
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
    /// The note under the table when the year's figures were moved across the boundary change; empty when not.
    var boundaryNote: String

    /// The page of `scheme`.
    init(_ scheme: Scheme, model: SiteModel) {
        key = scheme.rawValue
        shortName = scheme.shortName
        fullName = scheme.fullName
        coverageHeading = SiteWords.coverageHeading(scheme)
        denominatorName = scheme.denominator.vietnameseName
        let year = model.latestYear[scheme] ?? 0
        self.year = year
        let units = model.topLevel
        let moved = units.contains { model.observation($0, scheme, year: year)?.movedAcrossBoundary == true }
        boundaryNote = moved ? BoundaryNote.text(movedYears: [year]) ?? "" : ""
        lines = units.enumerated().map { position, index in
            let unit = model.tree.units[index]
            return Line(position: position + 1, link: PageLink(name: unit.name, href: "../units/\(unit.code).html"),
                        figures: FiguresLine(model.observation(index, scheme, year: year), target: model.target(index, scheme, year: year)))
        }
        let roots = model.roots
        let single = roots.count == 1 ? model.tree.units[roots[0]] : nil
        total = Line(position: 0,
                     link: PageLink(name: single?.kind.wholeAreaName ?? model.areaName, href: single.map { "../units/\($0.code).html" } ?? "../index.html"),
                     figures: FiguresLine(model.areaTotal(scheme, year: year), target: model.areaTarget(scheme, year: year)))
        let shown = units.filter { model.tree.units[$0].kind.hasPopulation }
        let seen = shown.map { model.observation($0, scheme, year: year) }
        let bars = zip(shown, seen).map { index, seen in
            HorizontalBarChart.Bar(label: model.tree.units[index].name, value: seen?.coverage,
                                   target: model.target(index, scheme, year: year)?.coverage)
        }
        chart = bars.contains(where: { $0.value != nil }) ? HorizontalBarChart(
            title: "Tỷ lệ tham gia \(scheme.shortName) năm \(year) theo đơn vị",
            description: "\(SiteWords.coverageHeading(scheme)), xếp từ cao xuống thấp; vạch dọc trên mỗi thanh là chỉ tiêu kế hoạch",
            bars: bars, valueDecimals: 2, unitSuffix: "%",
            referenceLine: model.areaTotal(scheme, year: year)?.coverage.map { .init(value: $0, label: model.areaName) },
            valueName: SiteWords.status(of: seen.compactMap { $0?.status }), width: SiteCharts.width,
            id: "s-\(scheme.rawValue)").svg() : ""
    }
}
