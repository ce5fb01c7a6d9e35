import Foundation
import VietnameseFormat

/// The figures of one unit (or the total) for one year of a plan table.
public struct YearFigures: Sendable, Hashable {
    /// The year.
    public var year: Int
    /// Actual or estimate for the base year; target for plan years.
    public var status: DataStatus
    /// Participants (exact; under `CarryMode.exact` a target may have a fraction).
    public var participants: ExactNumber?
    /// Labour force (population for health insurance) of that year.
    public var denominator: ExactNumber?
    /// People required or eligible to join, where the data gives it.
    public var eligible: ExactNumber?
    /// participants ÷ denominator × 100.
    public var coverage: ExactNumber?
    /// participants ÷ eligible × 100.
    public var participation: ExactNumber?
    /// Increase over the previous year in percent (the base figure for the first plan year).
    public var growth: ExactNumber?

    /// Creates the figures of a year and derives its percentages.
    public init(year: Int, status: DataStatus, participants: ExactNumber?, denominator: ExactNumber?,
                eligible: ExactNumber? = nil, previous: ExactNumber? = nil) {
        self.year = year
        self.status = status
        self.participants = participants
        self.denominator = denominator
        self.eligible = eligible
        self.coverage = Ratios.percent(participants, of: denominator)
        self.participation = Ratios.percent(participants, of: eligible)
        self.growth = Ratios.growth(participants, over: previous)
    }
}

/// A row of a plan table: a unit, or the total of the rows above it.
public struct PlanRow: Sendable {
    /// The unit (for the total row, the plan's area).
    public var unit: AdminUnit
    /// True for the total row.
    public var isTotal: Bool
    /// Participants up to the end of the base year's month, when the plan has one.
    public var throughMonth: ExactNumber?
    /// The base year's figures.
    public var base: YearFigures
    /// One entry per plan year, in order.
    public var targets: [YearFigures]
}

/// A computed appendix table: every figure of every row and year.
public struct AppendixFigures: Sendable {
    /// The appendix definition.
    public var appendix: Appendix
    /// The rounding in force.
    public var carry: CarryMode
    /// Decimals shown for percentages.
    public var percentDecimals: Int
    /// Increase or index form for growth.
    public var growthForm: GrowthForm
    /// The base year.
    public var baseYear: Int
    /// The to-month status of `PlanRow.throughMonth`, when the plan has one.
    public var throughStatus: DataStatus?
    /// Plan years.
    public var years: [Int]
    /// The unit rows, in display order; for an area with no units below it, the area alone.
    public var rows: [PlanRow]
    /// The total row: the sum of the rows.
    public var total: PlanRow
    /// The years whose figures were moved across the boundary change (the base year, when its
    /// data is from `history/`).
    public var movedYears: [Int] = []

    /// The scheme of the table.
    public var scheme: Scheme { appendix.scheme }

    /// True when the area has no units below it: its one row is the area, with no total row.
    public var isSingleUnit: Bool { rows.count == 1 && rows[0].unit.code == total.unit.code }

    /// The rows the table shows: the unit rows and the total, or the area's one row.
    public var shownRows: [PlanRow] { isSingleUnit ? rows : rows + [total] }

    /// True when the table shows eligible counts and participation: some row has an eligible
    /// count for the base year, or the targets are set from eligible counts.
    public var showsEligible: Bool {
        let rules = [appendix.target] + appendix.overrides.map(\.rule)
        return rows.contains { $0.base.eligible != nil } || rules.contains { $0.method.usesEligible }
    }
}

/// A computed plan.
public struct PlanFigures: Sendable {
    /// The plan definition.
    public var plan: Plan
    /// The area the plan covers.
    public var area: AdminUnit
    /// One computed table per appendix, in document order.
    public var appendices: [AppendixFigures]
    /// The side-by-side appendices, each over the computed tables of its schemes.
    public var sideBySide: [SideBySideFigures] = []
}

/// A side-by-side appendix with the computed tables of its schemes, left to right.
public struct SideBySideFigures: Sendable {
    /// The appendix definition.
    public var appendix: SideBySideAppendix
    /// The plan's computed table of each scheme.
    public var parts: [AppendixFigures]
}
