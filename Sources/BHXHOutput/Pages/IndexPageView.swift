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
        var sparkline: String
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
        cards = model.schemes.compactMap { Self.card($0, model: model) }
    }

    /// The scheme's figures summed over the roots, in its latest year and the years before.
    private static func card(_ scheme: Scheme, model: SiteModel) -> SchemeCard? {
        guard let year = model.latestYear[scheme] else { return nil }
        let allYears = model.figures.project.data.years.filter { $0 <= year }
        let now = model.areaTotal(scheme, year: year)
        let format = NumberStyle.vietnamese
        let growth = Ratios.growth(now?.participants, over: model.areaTotal(scheme, year: year - 1)?.participants)
            .map { ($0 >= 0 ? "+" : "") + format.format($0, decimals: 2) + "%" } ?? ""
        let coverage = now?.coverage.map { format.format($0, decimals: 2) + "%" } ?? ""
        let coverageOf = SiteWords.coverageOf(scheme)
        // A measure without a figure is left out of the line, not printed as "-".
        let summary = [coverage.isEmpty ? "" : "\(coverage) \(coverageOf)", growth.isEmpty ? "" : "so với năm trước: \(growth)"]
            .filter { !$0.isEmpty }.joined(separator: "; ")
        let series = allYears.map { model.areaTotal(scheme, year: $0)?.coverage }
        return SchemeCard(
            key: scheme.rawValue, shortName: scheme.shortName, year: year,
            status: now.map { SiteWords.status($0.status) } ?? "-",
            participants: now.map { format.format($0.participants) } ?? "",
            coverage: coverage, coverageOf: coverageOf, growth: growth, summary: summary,
            sparkline: series.contains { $0 != nil } ? Sparkline(
                title: "Tỷ lệ tham gia \(scheme.shortName) \(allYears.first ?? year)–\(year)",
                description: "Tỷ lệ \(SiteWords.coverageHeading(scheme)) qua các năm", values: series,
                id: "k-\(scheme.rawValue)").svg() : "")
    }
}
