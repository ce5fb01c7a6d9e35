import BHXHCore

/// One column of an appendix table: where it is, its headings as typed, and what it holds.
public struct AuditColumn: Sendable, Hashable {
    /// 0-based position among the cells of a row (the spreadsheet column is `index + 1`).
    public var index: Int
    /// The column's own heading as typed (the group's heading for a column that spans both rows).
    public var heading: String
    /// The heading of the group above it ("Kế hoạch năm 2019"), if any.
    public var group: String?
    /// What it holds.
    public var role: ColumnRole
    /// The year it is about, from its own heading or else its group's.
    public var year: Int?
    /// For a growth column, the year it compares with when the heading says so ("so với năm 2018").
    public var comparedYear: Int?

    /// Creates a column.
    public init(index: Int, heading: String, group: String?, role: ColumnRole, year: Int?, comparedYear: Int? = nil) {
        self.index = index
        self.heading = heading
        self.group = group
        self.role = role
        self.year = year
        self.comparedYear = comparedYear
    }

    /// The measure as the CSV of findings names it: the status of participants
    /// ("actual_through_08", "estimate", "actual", "target", or "participants" when the heading
    /// does not say), "labour_force", "population", "coverage_pct", "growth_pct".
    public var measure: String {
        switch role {
        case .participants(let status): return status?.key ?? "participants"
        case .denominator(let field): return field.key
        case .coverage: return "coverage_pct"
        case .growth: return "growth_pct"
        case .rowNumber: return "row_number"
        case .unitName: return "name"
        case .other: return "other"
        }
    }

    /// True for the columns whose cells are figures.
    public var holdsFigures: Bool {
        switch role {
        case .participants, .denominator, .coverage, .growth: return true
        case .rowNumber, .unitName, .other: return false
        }
    }

    /// True for the columns whose figures are percentages (read with decimal commas).
    var holdsPercentages: Bool { role == .coverage || role == .growth }

    /// True for participants up to a month (not a whole-year figure).
    var isToMonth: Bool {
        if case .participants(.actualThrough?) = role { return true }
        return false
    }

    /// True for participant columns.
    var isParticipants: Bool {
        if case .participants = role { return true }
        return false
    }

    /// True for denominator columns (labour force, population).
    var isDenominator: Bool {
        if case .denominator = role { return true }
        return false
    }
}
