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
        self.init(value, lower: ExactSteps.difference(value, slack), upper: ExactSteps.sum(value, slack))
    }

    /// True when the range allows one value only.
    var isExact: Bool { ExactSteps.isEqual(lower, upper) }

    /// The same range moved by `amount` (growth as an index: increase + 100).
    func shifted(by amount: Decimal) -> FigureRange {
        FigureRange(ExactSteps.sum(value, amount), lower: ExactSteps.sum(lower, amount), upper: ExactSteps.sum(upper, amount))
    }

    /// Whether `stated` is right for this range, and if not, how far off: nil when an exact value
    /// rounds half up to the figure shown (or a range reaches within half a last digit of it);
    /// `.rounding` within one unit of the last digit shown; `.major` beyond.
    func judge(_ stated: ShownNumber) -> AuditFinding.Severity? {
        if isExact {
            if ExactSteps.isEqual(value.roundedHalfUp(places: stated.places), stated.value) { return nil }
        } else if !ExactSteps.isLess(ExactSteps.sum(stated.value, stated.halfLastDigit), lower)
                    && !ExactSteps.isLess(upper, ExactSteps.difference(stated.value, stated.halfLastDigit)) {
            return nil
        }
        return ExactSteps.isLess(stated.lastDigit, distance(to: stated.value)) ? .major : .rounding
    }

    /// How far `figure` is from the range (0 inside it).
    func distance(to figure: Decimal) -> Decimal {
        if ExactSteps.isLess(figure, lower) { return ExactSteps.difference(lower, figure) }
        if ExactSteps.isLess(upper, figure) { return ExactSteps.difference(figure, upper) }
        return 0
    }
}
