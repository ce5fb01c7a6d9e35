import Foundation
import VietnameseFormat

/// A row of a results table: a unit's (or the total's) target and actual for the year.
public struct ReportRow: Sendable {
    /// The unit (for the total row, the area).
    public var unit: AdminUnit
    /// True for the total row.
    public var isTotal: Bool
    /// The plan's target for the year.
    public var target: ExactNumber?
    /// What was achieved (actual, estimate or to-month, as `ReportTable.actualStatus` says).
    public var actual: ExactNumber?
    /// actual ÷ target × 100.
    public var completion: ExactNumber?
    /// actual − target.
    public var gap: ExactNumber?
    /// The previous year's participants.
    public var previous: ExactNumber?
    /// Increase over the previous year in percent.
    public var growth: ExactNumber?
    /// Labour force (population for health insurance) of the year.
    public var denominator: ExactNumber?
    /// actual ÷ denominator × 100.
    public var coverage: ExactNumber?
    /// People required or eligible to join.
    public var eligible: ExactNumber?
    /// actual ÷ eligible × 100.
    public var participation: ExactNumber?

    /// Creates a row and derives its percentages.
    public init(unit: AdminUnit, isTotal: Bool, target: ExactNumber?, actual: ExactNumber?, previous: ExactNumber?,
                denominator: ExactNumber?, eligible: ExactNumber?) {
        self.unit = unit
        self.isTotal = isTotal
        self.target = target
        self.actual = actual
        self.previous = previous
        self.denominator = denominator
        self.eligible = eligible
        completion = Ratios.percent(actual, of: target)
        if let actual, let target { gap = actual - target }
        growth = Ratios.growth(actual, over: previous)
        coverage = Ratios.percent(actual, of: denominator)
        participation = Ratios.percent(actual, of: eligible)
    }

    /// True when the row has both figures and the actual falls short of the target.
    public var isBelowTarget: Bool {
        guard let actual, let target else { return false }
        return actual < target
    }
}

/// One scheme's results table of a report.
public struct ReportTable: Sendable {
    /// The plan appendix this table reports on.
    public var appendix: Appendix
    /// The table's number in the report ("Bảng n"), the appendix's number.
    public var number: Int { appendix.number }
    /// The scheme.
    public var scheme: Scheme { appendix.scheme }
    /// The year reported on.
    public var year: Int
    /// Whether the actual figures are actuals, estimates or to-month actuals; nil without data.
    public var actualStatus: DataStatus?
    /// The status of the previous year's figures.
    public var previousStatus: DataStatus?
    /// Decimals shown for percentages.
    public var percentDecimals: Int
    /// Increase or index form for growth.
    public var growthForm: GrowthForm
    /// AdminUnit rows.
    public var rows: [ReportRow]
    /// The total row.
    public var total: ReportRow
    /// The years whose figures were moved across the boundary change (the year reported on or
    /// the year before, when its data is from `history/`).
    public var movedYears: [Int] = []

    /// True when the area has no units below it: its one row is the area, with no total row.
    public var isSingleUnit: Bool { rows.count == 1 && rows[0].unit.code == total.unit.code }
    /// The rows the table shows: the unit rows and the total, or the area's one row.
    public var shownRows: [ReportRow] { isSingleUnit ? rows : rows + [total] }

    /// The units whose actual falls short of their target, in display order.
    public var belowTarget: [ReportRow] { rows.filter(\.isBelowTarget) }
    /// True when some unit has an eligible count, so participation columns are worth showing.
    public var hasEligible: Bool { rows.contains { $0.eligible != nil } }
}

/// A computed results report.
public struct ReportFigures: Sendable {
    /// The report definition.
    public var report: Report
    /// The plan reported on.
    public var plan: Plan
    /// The area.
    public var area: AdminUnit
    /// One table per appendix of the plan.
    public var tables: [ReportTable]
}
