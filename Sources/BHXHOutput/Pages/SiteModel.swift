import BHXHCore
import Foundation
import VietnameseFormat

/// What every page of the summary site draws on, computed once per build: the histories of all
/// units and, per scheme, the latest year with whole-year figures.
struct SiteModel: Sendable {
    /// The computed project.
    let figures: ProjectFigures
    /// The history of each unit, indexed like `figures.project.tree.units`.
    let histories: [UnitHistory]
    /// Per scheme with any figure, the latest year with a whole-year figure.
    let latestYear: [Scheme: Int]
    /// The schemes that have any figure or target, in scheme order.
    let schemes: [Scheme]
    /// For each unit, the positions in `figures.plans` of the plans that have it as a row or as their area.
    let plansOfUnit: [[Int]]
    /// For each plan position, the positions in `figures.reports` of its reports.
    let reportsOfPlan: [[Int]]

    /// Builds the model.
    init(figures: ProjectFigures) {
        self.figures = figures
        histories = figures.unitHistories()
        var latest: [Scheme: Int] = [:]
        var present: Set<Scheme> = []
        for history in histories {
            for scheme in history.schemes {
                present.insert(scheme.scheme)
                if let year = scheme.latest?.year, year > latest[scheme.scheme] ?? .min {
                    latest[scheme.scheme] = year
                }
            }
        }
        latestYear = latest
        schemes = Scheme.allCases.filter(present.contains)
        let tree = figures.project.tree
        var plansOfUnit = Array(repeating: [Int](), count: tree.units.count)
        var planPosition: [String: Int] = [:]
        for (position, plan) in figures.plans.enumerated() {
            planPosition[plan.plan.id] = position
            guard let area = tree.index(of: plan.area.code) else { continue }
            for unit in [area] + tree.children[area] { plansOfUnit[unit].append(position) }
        }
        self.plansOfUnit = plansOfUnit
        var reportsOfPlan = Array(repeating: [Int](), count: figures.plans.count)
        for (position, report) in figures.reports.enumerated() {
            if let plan = planPosition[report.plan.id] { reportsOfPlan[plan].append(position) }
        }
        self.reportsOfPlan = reportsOfPlan
    }

    /// The unit tree.
    var tree: UnitTree { figures.project.tree }

    /// The units without a parent, in display order.
    var roots: [UnitTree.Index] { tree.units.indices.filter { tree.parents[$0] == nil } }

    /// The units a comparison across one level shows: the roots when there are several, else the
    /// children of the one root.
    var topLevel: [UnitTree.Index] {
        let roots = self.roots
        return roots.count == 1 ? tree.children[roots[0]] : roots
    }

    /// A unit's history of one scheme.
    func history(_ index: UnitTree.Index, _ scheme: Scheme) -> UnitHistory.SchemeHistory? {
        histories[index].schemes.first { $0.scheme == scheme }
    }

    /// The whole-year figure of a unit in a year.
    func observation(_ index: UnitTree.Index, _ scheme: Scheme, year: Int) -> UnitHistory.Observation? {
        history(index, scheme)?.years.first { $0.year == year }
    }

    /// The whole area's figure of a scheme in a year: the sum over the roots, when every root has
    /// one (its status is the roots' common status, or "estimate" when they differ).
    func areaTotal(_ scheme: Scheme, year: Int) -> UnitHistory.Observation? {
        let seen = roots.compactMap { observation($0, scheme, year: year) }
        guard !seen.isEmpty, seen.count == roots.count else { return nil }
        let statuses = Set(seen.map(\.status))
        return UnitHistory.Observation(year: year, status: statuses.count == 1 ? seen[0].status : .estimate,
                                       participants: seen.reduce(0) { $0 + $1.participants },
                                       denominator: Ratios.sumOfKnown(seen.map(\.denominator)))
    }

    /// The whole area's target of a scheme in a year: the root's own, else (several roots, or a
    /// country whose provinces each have a plan) the sum of the known targets of the top-level
    /// units, its coverage over those units' labour force (population).
    func areaTarget(_ scheme: Scheme, year: Int) -> UnitHistory.Target? {
        let roots = self.roots
        if roots.count == 1, let own = target(roots[0], scheme, year: year) { return own }
        let targets = topLevel.compactMap { target($0, scheme, year: year) }.filter { $0.participants != nil }
        guard let participants = Ratios.sumOfKnown(targets.map(\.participants)) else { return nil }
        let denominator = targets.allSatisfy { $0.denominator != nil } ? Ratios.sumOfKnown(targets.map(\.denominator)) : nil
        return UnitHistory.Target(planID: "", year: year, participants: participants, denominator: denominator,
                                  coverage: Ratios.percent(participants, of: denominator))
    }

    /// The name of the whole area: the root's, or "Tổng cộng" for several roots.
    var areaName: String {
        let roots = self.roots
        return roots.count == 1 ? tree.units[roots[0]].name : "Tổng cộng"
    }

    /// The target of a unit in a year: from the last plan (in id order) that sets one.
    func target(_ index: UnitTree.Index, _ scheme: Scheme, year: Int) -> UnitHistory.Target? {
        history(index, scheme)?.targets.last { $0.year == year }
    }
}

/// How pages write statuses and kinds.
enum SiteWords {
    /// "Thực hiện", "Ước thực hiện", "Thực hiện đến hết tháng 6", "Kế hoạch".
    static func status(_ status: DataStatus) -> String {
        switch status {
        case .actual: return "Thực hiện"
        case .estimate: return "Ước thực hiện"
        case .actualThrough(let month): return "Thực hiện đến hết tháng \(month)"
        case .target: return "Kế hoạch"
        }
    }

    /// "Tỉnh", "Thành phố", "Huyện", "Xã"…
    static func kind(_ kind: UnitKind) -> String {
        switch kind {
        case .country: return "Quốc gia"
        case .province: return "Tỉnh"
        case .city: return "Thành phố"
        case .district: return "Huyện"
        case .urbanDistrict: return "Quận"
        case .town: return "Thị xã"
        case .commune: return "Xã"
        case .ward: return "Phường"
        case .township: return "Thị trấn"
        case .special: return "Đặc khu"
        case .agency: return "Cơ quan BHXH"
        }
    }

    /// The legend name of values of these statuses, as the tables name them: the common status
    /// ("Ước thực hiện" when all are estimates), or "Thực hiện, ước thực hiện" when they differ.
    static func status(of statuses: [DataStatus]) -> String {
        let distinct = Set(statuses)
        if distinct.count == 1, let only = distinct.first { return status(only) }
        return distinct.isEmpty ? status(.actual) : "Thực hiện, ước thực hiện"
    }

    /// A growth or change in percent with its sign and two decimals ("+1,27", "-0,50"); nil when unknown.
    static func signedPercent(_ value: ExactNumber?) -> String? {
        value.map { ($0 >= 0 ? "+" : "") + NumberStyle.vietnamese.format($0, decimals: 2) }
    }

    /// "% so với lực lượng lao động" or "% so với dân số".
    static func coverageHeading(_ scheme: Scheme) -> String {
        "% " + coverageOf(scheme)
    }

    /// "so với lực lượng lao động" or "so với dân số".
    static func coverageOf(_ scheme: Scheme) -> String {
        "so với \(scheme.denominator.vietnameseName.lowercased())"
    }
}

/// The size of the site's charts, in `viewBox` units: narrow enough that, at the smallest width
/// the style sheet lets a chart shrink to (`min-width: 22rem`, 352 px, less than the 366 px a
/// 390 px phone leaves), their 12-unit text is still 10 px high.
enum SiteCharts {
    /// The width of the year charts and the bar charts of units.
    static let width = 420
    /// The height of the year charts.
    static let yearsHeight = 260
}
