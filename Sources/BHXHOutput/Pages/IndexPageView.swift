import BHXHCore
import Foundation
import VietnameseFormat

/// The home page: every plan and report, the years covered, and per scheme the latest figures
/// of the whole area with a small chart of coverage over the years.
struct IndexPageView: Sendable {
    /// A plan or report in the list.
    struct DocumentLine: Sendable {
        var title: String
        var number: String
        var date: String
        var areaName: String
        /// "2019–2020", "2019".
        var years: String
        /// "Giai đoạn 2019–2020", "Năm 2019".
        var period: String
        var href: String
    }

    /// A scheme's latest figures for the whole area.
    struct SchemeCard: Sendable {
        var key: String
        var shortName: String
        var year: Int
        var status: String
        /// "23.310", or empty when unknown.
        var participants: String
        /// "13,17%", or empty when unknown.
        var coverage: String
        /// "so với lực lượng lao động".
        var coverageOf: String
        /// "+1,27%", or empty when unknown.
        var growth: String
        /// The known measures in a line: "13,17% so với lực lượng lao động; so với năm trước: +1,27%".
        var summary: String
        /// Coverage over the years (inline SVG), empty without figures.
        var sparkline: [UInt8]
    }

    var plans: [DocumentLine]
    var reports: [DocumentLine]
    /// "2015–2026".
    var dataYears: String
    /// The plans' years, "2019–2020".
    var planYears: String
    /// "các năm 2015–2026", "năm 2019", or empty.
    var dataYearsPhrase: String
    /// "các năm 2019–2020", "năm 2019", or empty.
    var planYearsPhrase: String
    /// The name of the whole area ("Tỉnh Bắc Kạn", or "34 tỉnh, thành phố").
    var areaName: String
    var cards: [SchemeCard]
    /// The note under the cards when some data years were moved across the boundary change; empty when none.
    var boundaryNote: String
    var units: [PageLink]
    /// The units under the one root side by side (a country's provinces); nil for several roots.
    var childrenTable: ChildrenTable?
    /// The scale every card's sparkline shares, "0%–100%"; empty without sparklines.
    var sparklineScale: String
    /// The number of units in `units/index.html`, "3.355".
    var unitCount: String

    /// The home page of the site.
    init(model: SiteModel) {
        let figures = model.figures
        plans = figures.plans.map { plan in
            DocumentLine(title: plan.plan.document.subject, number: plan.plan.document.number,
                         date: plan.plan.document.date.vietnameseShort, areaName: plan.area.name,
                         years: YearSpan(plan.plan.years).range, period: YearSpan(plan.plan.years).period,
                         href: "plans/\(plan.plan.id)/index.html")
        }
        reports = figures.reports.map { report in
            DocumentLine(title: report.report.document.subject, number: report.report.document.number,
                         date: report.report.document.date.vietnameseShort, areaName: report.area.name,
                         years: String(report.report.year), period: "Năm \(report.report.year)",
                         href: "reports/\(report.report.id)/index.html")
        }
        let years = YearSpan(figures.project.data.years)
        dataYears = years.bounds == nil ? "-" : years.range
        dataYearsPhrase = years.phrase
        boundaryNote = BoundaryNote.text(movedYears: figures.project.data.datasets.filter(\.movedAcrossBoundary).map(\.year)) ?? ""
        let planned = YearSpan(figures.plans.flatMap(\.plan.years))
        planYears = planned.range
        planYearsPhrase = planned.phrase
        let roots = model.roots
        areaName = roots.count == 1 ? model.tree.units[roots[0]].name : "\(roots.count) đơn vị cấp tỉnh"
        units = roots.count == 1 ? model.tree.children[roots[0]].map { PageLink(name: model.tree.units[$0].name, href: "units/\(model.tree.units[$0].code).html") }
            : roots.map { PageLink(name: model.tree.units[$0].name, href: "units/\(model.tree.units[$0].code).html") }
        unitCount = NumberStyle.vietnamese.format(model.tree.units.count)
        childrenTable = roots.count == 1 ? ChildrenTable(roots[0], model: model, onHomePage: true) : nil
        let scale = Self.sparklineScale(model)
        sparklineScale = Self.sparklineScaleText(scale)
        cards = model.schemes.compactMap { Self.card($0, model: model, scale: scale) }
    }

    /// "0%–100%", or empty without a scale.
    private static func sparklineScaleText(_ scale: Sparkline.Scale?) -> String {
        scale.map { "\($0.lowLabel)–\($0.highLabel)" } ?? ""
    }

    /// The coverage of the whole area by year, up to the scheme's latest year.
    private static func coverageSeries(_ scheme: Scheme, model: SiteModel) -> (years: [Int], values: [ExactNumber?])? {
        guard let year = model.latestYear[scheme] else { return nil }
        let years = model.figures.project.data.years.filter { $0 <= year }
        return (years, years.map { model.areaTotal(scheme, year: $0)?.coverage })
    }

    /// One scale for every card's sparkline, from zero to a round value above the highest coverage,
    /// so that the lines compare; nil when no scheme has a coverage.
    private static func sparklineScale(_ model: SiteModel) -> Sparkline.Scale? {
        let values = model.schemes.flatMap { coverageSeries($0, model: model)?.values ?? [] }.compactMap { $0 }
        guard !values.isEmpty else { return nil }
        let axis = ValueScale(covering: values, tickCount: 1)
        let format = ChartValueFormat(decimals: axis.tickDecimals, suffix: "%")
        return Sparkline.Scale(low: axis.lower, high: axis.upper, lowLabel: format.tick(axis.lower, decimals: axis.tickDecimals),
                               highLabel: format.tick(axis.upper, decimals: axis.tickDecimals))
    }

    /// The scheme's figures summed over the roots, in its latest year and the years before.
    private static func card(_ scheme: Scheme, model: SiteModel, scale: Sparkline.Scale?) -> SchemeCard? {
        guard let year = model.latestYear[scheme], let line = coverageSeries(scheme, model: model) else { return nil }
        let (allYears, series) = (line.years, line.values)
        let now = model.areaTotal(scheme, year: year)
        let format = NumberStyle.vietnamese
        let growth = SiteWords.signedPercent(Ratios.growth(now?.participants, over: model.areaTotal(scheme, year: year - 1)?.participants))
            .map { $0 + "%" } ?? ""
        let coverage = now?.coverage.map { format.format($0, decimals: 2) + "%" } ?? ""
        let coverageOf = SiteWords.coverageOf(scheme)
        // A measure without a figure is left out of the line, not printed as "-".
        let summary = [coverage.isEmpty ? "" : "\(coverage) \(coverageOf)", growth.isEmpty ? "" : "so với năm trước: \(growth)"]
            .filter { !$0.isEmpty }.joined(separator: "; ")
        return SchemeCard(
            key: scheme.rawValue, shortName: scheme.shortName, year: year,
            status: now.map { SiteWords.status($0.status) } ?? "-",
            participants: now.map { format.format($0.participants) } ?? "",
            coverage: coverage, coverageOf: coverageOf, growth: growth, summary: summary,
            sparkline: series.contains { $0 != nil } ? Sparkline(
                title: "Tỷ lệ tham gia \(scheme.shortName) \(allYears.first ?? year)–\(year)",
                description: "Tỷ lệ \(SiteWords.coverageHeading(scheme)) qua các năm" + (scale == nil ? "" : ", thang chung \(sparklineScaleText(scale))"),
                values: series, width: 160, height: 40, id: "k-\(scheme.rawValue)", scale: scale).svgUTF8() : [])
    }
}
