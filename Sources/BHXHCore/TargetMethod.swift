import Foundation

/// How the targets of a unit are set year by year.
public enum TargetMethod: Sendable, Hashable {
    /// Previous year × (1 + rate/100); the first plan year grows from the base figure.
    case growth(rates: [Int: Decimal])
    /// rate% × that year's labour force (population for health insurance). Agency units, which
    /// have none, keep their previous figure.
    case coverage(rates: [Int: Decimal])
    /// rate% × that year's eligible count (people required to join). A unit without one keeps
    /// its previous figure.
    case participation(rates: [Int: Decimal])
    /// A total for the whole area per year, split over the units by largest remainder so that they
    /// add up exactly to it.
    case total(AreaTotal, allocation: Allocation)
    /// Figures typed in per unit code and year.
    case values([String: [Int: Decimal]])

    /// The method's name as plans write it.
    public var name: String {
        switch self {
        case .growth: return "growth"
        case .coverage: return "coverage"
        case .participation: return "participation"
        case .total: return "total"
        case .values: return "values"
        }
    }

    /// True when the targets are worked out from eligible counts.
    public var usesEligible: Bool {
        switch self {
        case .participation: return true
        case .total(let areaTotal, let allocation):
            if case .participation = areaTotal { return true }
            return allocation == .eligible
        case .growth, .coverage, .values: return false
        }
    }

    /// What the split of a total is proportional to.
    public enum Allocation: String, Sendable, Hashable, CaseIterable {
        /// Each unit's base-year participants.
        case share
        /// Each unit's labour force (population for health insurance) in that year.
        case labourForce = "labour_force"
        /// Each unit's eligible count (people required to join) in that year.
        case eligible
    }
}

/// The whole area's target of a year under the total method: a number of people, or a rate of
/// the rows' labour force (population) or eligible counts.
public enum AreaTotal: Sendable, Hashable {
    /// People per year, as typed (`"totals"`).
    case totals([Int: Decimal])
    /// rate% × the sum of the rows' labour force (population for health insurance) of the year (`"coverage"`).
    case coverage([Int: Decimal])
    /// rate% × the sum of the rows' eligible counts of the year (`"participation"`).
    case participation([Int: Decimal])

    /// The JSON key that gives it.
    public var key: String {
        switch self {
        case .totals: return "totals"
        case .coverage: return "coverage"
        case .participation: return "participation"
        }
    }
}

/// A target method with where the plan states it.
public struct TargetRule: Sendable, Hashable {
    /// The method.
    public var method: TargetMethod
    /// Where the plan gives it.
    public var source: SourceRef?

    /// Creates a rule.
    public init(_ method: TargetMethod, source: SourceRef? = nil) {
        self.method = method
        self.source = source
    }
}

/// What the next year of a target is built on. Either way targets are shown (and summed, and
/// turned into percentages) in whole people.
public enum CarryMode: String, Sendable, Hashable, CaseIterable {
    /// The next year grows from the rounded target.
    case rounded
    /// The next year grows from the unrounded target (seed 000's voluntary table).
    case exact
}

/// How a growth column is written.
public enum GrowthForm: String, Sendable, Hashable, CaseIterable {
    /// The increase: 3,36 (%), "tốc độ tăng".
    case increase
    /// The index: 103,36 (%), "tốc độ phát triển".
    case index
}
