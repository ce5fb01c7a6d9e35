import BHXHCore
import Foundation

/// A unit's page: every figure held for it across the years, per scheme, with coverage against
/// target as a chart, its children compared, and links up and down the tree.
struct UnitPageView: Sendable {
    /// One year's line of a scheme's table.
    struct YearLine: Sendable {
        var year: Int
        var figures: FiguresLine
    }

    /// One scheme's figures.
    struct SchemeSection: Sendable {
        var key: String
        var shortName: String
        var fullName: String
        var coverageHeading: String
        var denominatorName: String
        var years: [YearLine]
        /// The year-by-year chart (inline SVG).
        var chart: String
        /// The children's coverage in the latest year (inline SVG), empty without children.
        var childrenChart: String
        /// The scheme's latest year with whole-year figures, 0 without.
        var latestYear: Int
        /// The note under the table when some years were moved across the boundary change; empty when none.
        var boundaryNote: String
    }

    var code: String
    var name: String
    var kindName: String
    /// From the root down to the parent.
    var ancestors: [PageLink]
    var children: [PageLink]
    /// The children's figures, first on the page; no rows without children.
    var childrenTable: ChildrenTable
    /// Plans and reports covering the unit (as a row or as their area).
    var documents: [PageLink]
    var schemes: [SchemeSection]

    /// The page of unit `index`.
    init(_ index: UnitTree.Index, model: SiteModel) {
        let tree = model.tree
        let unit = tree.units[index]
        code = unit.code
        name = unit.name
        kindName = SiteWords.kind(unit.kind)
        ancestors = tree.ancestors(of: index).reversed().map { PageLink(name: tree.units[$0].name, href: "\(tree.units[$0].code).html") }
        children = tree.children[index].map { PageLink(name: tree.units[$0].name, href: "\(tree.units[$0].code).html") }
        childrenTable = ChildrenTable(index, model: model)
        var documents: [PageLink] = []
        for position in model.plansOfUnit[index] {
            let plan = model.figures.plans[position]
            documents.append(PageLink(name: "Kế hoạch \(plan.plan.document.number) (\(plan.area.name))", href: "../plans/\(plan.plan.id)/index.html"))
            for report in model.reportsOfPlan[position].map({ model.figures.reports[$0] }) {
                documents.append(PageLink(name: "Báo cáo kết quả năm \(report.report.year) (\(report.report.document.number))", href: "../reports/\(report.report.id)/index.html"))
            }
        }
        self.documents = documents
        schemes = model.histories[index].schemes.map { Self.section($0, unit: index, model: model) }
    }

    private static func section(_ history: UnitHistory.SchemeHistory, unit index: UnitTree.Index, model: SiteModel) -> SchemeSection {
        let scheme = history.scheme
        let unit = model.tree.units[index]
        var lines: [YearLine] = []
        let years = Set(history.years.map(\.year)).union(history.toMonth.map(\.year)).union(history.targets.map(\.year)).sorted()
        for year in years {
            let seen = history.years.first { $0.year == year } ?? history.toMonth.first { $0.year == year }
            lines.append(YearLine(year: year, figures: FiguresLine(seen, target: model.target(index, scheme, year: year))))
        }
        let hasCoverage = history.years.contains { $0.coverage != nil }
        let value = { (observation: UnitHistory.Observation) in hasCoverage ? observation.coverage : observation.participants }
        let chart = YearSeriesChart(
            title: hasCoverage ? "Tỷ lệ tham gia \(scheme.shortName) \(SiteWords.coverageHeading(scheme)), \(unit.name)"
                : "Số người tham gia \(scheme.shortName), \(unit.name)",
            description: "Thực hiện và ước thực hiện theo năm, so với kế hoạch",
            actual: history.years.filter { $0.status == .actual }.map { .init(year: $0.year, value: value($0)) },
            estimates: history.years.filter { $0.status == .estimate }.map { .init(year: $0.year, value: value($0)) },
            targets: history.targets.map { .init(year: $0.year, value: hasCoverage ? $0.coverage : $0.participants) },
            style: .line, valueDecimals: hasCoverage ? 2 : 0, unitSuffix: hasCoverage ? "%" : "",
            width: SiteCharts.width, height: SiteCharts.yearsHeight, id: "c-\(scheme.rawValue)")
        return SchemeSection(
            key: scheme.rawValue, shortName: scheme.shortName, fullName: scheme.fullName,
            coverageHeading: SiteWords.coverageHeading(scheme), denominatorName: scheme.denominator.vietnameseName,
            years: lines, chart: chart.svg(),
            childrenChart: childrenChart(scheme, unit: index, model: model), latestYear: model.latestYear[scheme] ?? 0,
            boundaryNote: BoundaryNote.text(movedYears: (history.years + history.toMonth).filter(\.movedAcrossBoundary).map(\.year)) ?? "")
    }

    /// The children's coverage in the scheme's latest year, with their targets; empty when no child has one.
    static func childrenChart(_ scheme: Scheme, unit index: UnitTree.Index, model: SiteModel) -> String {
        guard let year = model.latestYear[scheme] else { return "" }
        let shown = model.tree.children[index].filter { model.tree.units[$0].kind.hasPopulation }
        let seen = shown.map { model.observation($0, scheme, year: year) }
        let bars = zip(shown, seen).map { child, seen in
            HorizontalBarChart.Bar(label: model.tree.units[child].name, value: seen?.coverage,
                                   target: model.target(child, scheme, year: year)?.coverage)
        }
        guard bars.contains(where: { $0.value != nil }) else { return "" }
        let own = model.observation(index, scheme, year: year)?.coverage
        return HorizontalBarChart(
            title: "Tỷ lệ tham gia \(scheme.shortName) năm \(year) theo đơn vị trực thuộc \(model.tree.units[index].name)",
            description: "\(SiteWords.coverageHeading(scheme)); vạch dọc trên mỗi thanh là chỉ tiêu kế hoạch",
            bars: bars, valueDecimals: 2, unitSuffix: "%",
            referenceLine: own.map { .init(value: $0, label: "Chung \(model.tree.units[index].name)") },
            valueName: SiteWords.status(of: seen.compactMap { $0?.status }), width: SiteCharts.width,
            id: "d-\(scheme.rawValue)").svg()
    }
}
