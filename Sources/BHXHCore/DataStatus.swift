/// What a figure is: a whole-year actual, an actual up to the end of a month, an estimate
/// for the year, or a target.
public enum DataStatus: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Actual for the whole year (`data/2018.csv`).
    case actual
    /// Actual up to the end of the month (`data/2018-08.csv`).
    case actualThrough(month: Int)
    /// Estimate for the whole year (`data/2018.estimate.csv`).
    case estimate
    /// A plan's target.
    case target

    /// The status as the tidy CSV writes it: actual, actual_through_08, estimate, target.
    public var key: String {
        switch self {
        case .actual: return "actual"
        case .actualThrough(let month): return month < 10 ? "actual_through_0\(month)" : "actual_through_\(month)"
        case .estimate: return "estimate"
        case .target: return "target"
        }
    }

    /// The column heading for a year's participants: "Thực hiện năm 2018",
    /// "Ước thực hiện năm 2018", "Số đã thực hiện đến tháng 8/2018", "Kế hoạch năm 2019".
    public func heading(year: Int) -> String {
        switch self {
        case .actual: return "Thực hiện năm \(year)"
        case .actualThrough(let month): return "Số đã thực hiện đến tháng \(month)/\(year)"
        case .estimate: return "Ước thực hiện năm \(year)"
        case .target: return "Kế hoạch năm \(year)"
        }
    }

    public var description: String { key }

    /// Preference when several files give the same year: actual, then estimate, then the
    /// latest to-month actual.
    public static func < (lhs: DataStatus, rhs: DataStatus) -> Bool {
        lhs.preference < rhs.preference
    }

    private var preference: Int {
        switch self {
        case .actual: return 0
        case .estimate: return 1
        case .actualThrough(let month): return 14 - month
        case .target: return 100
        }
    }
}
