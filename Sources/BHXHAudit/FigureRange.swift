import Foundation

/// What a table's own numbers give for a figure: one exact value, or — when the counts may be
/// rounded from unrounded values — the range of values they allow.
struct FigureRange: Sendable, Hashable {
    /// The value from the figures as shown.
    var value: Decimal
    /// The least value the figures allow.
    var lower: Decimal
    /// The greatest value the figures allow.
    var upper: Decimal

    /// Exactly `value`.
    init(_ value: Decimal) {
        self.init(value, lower: value, upper: value)
    }

    /// `value`, allowed anywhere from `lower` to `upper`.
    init(_ value: Decimal, lower: Decimal, upper: Decimal) {
        self.value = value
        self.lower = lower
        self.upper = upper
    }

    /// `value` give or take `slack`.
    init(_ value: Decimal, slack: Decimal) {
        self.init(value, lower: value - slack, upper: value + slack)
    }

    /// True when the range allows one value only.
    var isExact: Bool { lower == upper }

    /// The same range moved by `amount` (growth as an index: increase + 100).
    func shifted(by amount: Decimal) -> FigureRange {
        FigureRange(value + amount, lower: lower + amount, upper: upper + amount)
    }

    /// Whether `stated` is right for this range, and if not, how far off: nil when an exact value
    /// rounds half up to the figure shown (or a range reaches within half a last digit of it);
    /// `.rounding` within one unit of the last digit shown; `.major` beyond.
    func judge(_ stated: ShownNumber) -> AuditFinding.Severity? {
        if isExact {
            if value.roundedHalfUp(places: stated.places) == stated.value { return nil }
        } else if lower <= stated.value + stated.halfLastDigit && upper >= stated.value - stated.halfLastDigit {
            return nil
        }
        return distance(to: stated.value) <= stated.lastDigit ? .rounding : .major
    }

    /// How far `figure` is from the range (0 inside it).
    func distance(to figure: Decimal) -> Decimal {
        if figure < lower { return lower - figure }
        if figure > upper { return figure - upper }
        return 0
    }
}
