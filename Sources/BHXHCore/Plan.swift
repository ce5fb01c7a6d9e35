import Foundation

/// A plan (Kế hoạch) as its definition file gives it: the document, the area it covers, the base
/// year, the plan years and one appendix table per scheme.
public struct Plan: Sendable {
    /// The plan's id: its file name without ".json".
    public var id: String
    /// The document's metadata.
    public var document: DocumentInfo
    /// The code of the unit the plan covers; its children are the table rows.
    public var area: String
    /// The year the plan starts from.
    public var baseYear: Int
    /// With a to-month actual for the base year, its month ("through": "2018-08" → 8).
    public var baseThroughMonth: Int?
    /// The plan years, ascending.
    public var years: [Int]
    /// How the labour force of years without data is obtained.
    public var denominatorRule: DenominatorRule
    /// Rounding of targets, unless an appendix says otherwise.
    public var carry: CarryMode
    /// Decimals shown for percentages, unless an appendix says otherwise.
    public var percentDecimals: Int
    /// Increase or index form for growth columns, unless an appendix says otherwise.
    public var growthForm: GrowthForm
    /// The appendix tables, in document order.
    public var appendices: [Appendix]
    /// The appendices that set several schemes side by side, each placed after `position` of the others.
    public var sideBySide: [SideBySideAppendix]
    /// The narrative (Markdown), when the plan has one.
    public var narrative: String?
    /// The definition file.
    public var source: SourceRef?

    /// Creates a plan.
    public init(id: String, document: DocumentInfo, area: String, baseYear: Int, baseThroughMonth: Int? = nil,
                years: [Int], denominatorRule: DenominatorRule = .carry, carry: CarryMode = .rounded,
                percentDecimals: Int = 2, growthForm: GrowthForm = .increase, appendices: [Appendix],
                sideBySide: [SideBySideAppendix] = [], narrative: String? = nil, source: SourceRef? = nil) {
        self.id = id
        self.document = document
        self.area = area
        self.baseYear = baseYear
        self.baseThroughMonth = baseThroughMonth
        self.years = years
        self.denominatorRule = denominatorRule
        self.carry = carry
        self.percentDecimals = percentDecimals
        self.growthForm = growthForm
        self.appendices = appendices
        self.sideBySide = sideBySide
        self.narrative = narrative
        self.source = source
    }
}

/// One appendix table of a plan: a scheme, how its targets are set, and unit overrides.
public struct Appendix: Sendable {
    /// "PHỤ LỤC n".
    public var number: Int
    /// The scheme the table counts.
    public var scheme: Scheme
    /// The table's title.
    public var title: String
    /// How targets are set for every unit without an override.
    public var target: TargetRule
    /// Units with a method of their own, by unit code, in the order the plan lists them.
    public var overrides: [(code: String, rule: TargetRule)]
    /// Overrides the plan's carry mode.
    public var carry: CarryMode?
    /// Overrides the plan's percent decimals.
    public var percentDecimals: Int?
    /// Overrides the plan's growth form.
    public var growthForm: GrowthForm?
    /// The columns the table shows and their headings.
    public var layout: TableLayout
    /// Where the plan defines the appendix.
    public var source: SourceRef?

    /// Creates an appendix.
    public init(number: Int, scheme: Scheme, title: String, target: TargetRule,
                overrides: [(code: String, rule: TargetRule)] = [], carry: CarryMode? = nil,
                percentDecimals: Int? = nil, growthForm: GrowthForm? = nil, layout: TableLayout = .standard,
                source: SourceRef? = nil) {
        self.number = number
        self.scheme = scheme
        self.title = title
        self.target = target
        self.overrides = overrides
        self.carry = carry
        self.percentDecimals = percentDecimals
        self.growthForm = growthForm
        self.layout = layout
        self.source = source
    }

    /// The rule for a unit: its override, or the appendix's.
    public func rule(for code: String) -> TargetRule {
        override(for: code) ?? target
    }

    /// The unit's own rule, when the appendix gives it one.
    public func override(for code: String) -> TargetRule? {
        overrides.first(where: { $0.code == code })?.rule
    }
}

/// A results report (Báo cáo kết quả thực hiện): a plan's targets for one year against the actuals.
public struct Report: Sendable {
    /// The report's id: its file name without ".json".
    public var id: String
    /// The id of the plan whose targets it reports on.
    public var planID: String
    /// The year reported on.
    public var year: Int
    /// The document's metadata.
    public var document: DocumentInfo
    /// The narrative (Markdown), when there is one.
    public var narrative: String?
    /// The definition file.
    public var source: SourceRef?

    /// Creates a report.
    public init(id: String, planID: String, year: Int, document: DocumentInfo, narrative: String? = nil,
                source: SourceRef? = nil) {
        self.id = id
        self.planID = planID
        self.year = year
        self.document = document
        self.narrative = narrative
        self.source = source
    }
}

/// Everything a build computes from: units, data, plans and reports.
public struct Project: Sendable {
    /// The unit hierarchy.
    public var tree: UnitTree
    /// The yearly data.
    public var data: DataStore
    /// The plans, ordered by id.
    public var plans: [Plan]
    /// The reports, ordered by id.
    public var reports: [Report]

    /// Creates a project.
    public init(tree: UnitTree, data: DataStore, plans: [Plan], reports: [Report]) {
        self.tree = tree
        self.data = data
        self.plans = plans
        self.reports = reports
    }
}
