import Foundation
import VietnameseFormat

/// What a table's own numbers give for a figure: one exact value, or — when the counts may be
/// rounded from unrounded values — the range of values they allow.
struct FigureRange: Sendable {
    /// The value from the figures as shown.
    let value: Decimal
    /// The least value the figures allow.
    let lower: Decimal
    /// The greatest value the figures allow.
    let upper: Decimal
    /// True when the range allows one value only.
    let isExact: Bool
    /// The one value of an exact range in integers, when it fits: then it is judged and written
    /// without `Decimal` arithmetic (each finding takes several such steps).
    let fixed: FixedDecimal?

    /// Exactly `value`.
    init(_ value: Decimal) {
        self.value = value
        lower = value
        upper = value
        isExact = true
        fixed = FixedDecimal(exactly: value)
    }

    /// Exactly `fixed`.
    init(_ fixed: FixedDecimal) {
        value = fixed.decimal
        lower = value
        upper = value
        isExact = true
        self.fixed = fixed
    }

    /// `value`, allowed anywhere from `lower` to `upper`.
    init(_ value: Decimal, lower: Decimal, upper: Decimal) {
        self.value = value
        self.lower = lower
        self.upper = upper
        isExact = ExactSteps.isEqual(lower, upper)
        fixed = nil
    }

    /// `value` give or take `slack`.
    init(_ value: Decimal, slack: Decimal) {
        self.init(value, lower: ExactSteps.difference(value, slack), upper: ExactSteps.sum(value, slack))
    }

    /// The same range moved by `amount` (growth as an index: increase + 100).
    func shifted(by amount: Decimal) -> FigureRange {
        if let fixed, let step = FixedDecimal(exactly: amount), let moved = fixed.adding(step) { return FigureRange(moved) }
        return FigureRange(ExactSteps.sum(value, amount), lower: ExactSteps.sum(lower, amount), upper: ExactSteps.sum(upper, amount))
    }

    /// Whether `stated` is right for this range, and if not, how far off: nil when an exact value
    /// rounds half up to the figure shown (or a range reaches within half a last digit of it);
    /// `.rounding` within one unit of the last digit shown; `.major` beyond.
    func judge(_ stated: ShownNumber) -> AuditFinding.Severity? {
        if let fixed, let figure = stated.fixed, let lastDigit = FixedDecimal(units: 1, scale: stated.places),
           let gap = ExactSteps.gap(figure, fixed) {
            if fixed.roundedHalfUp(places: stated.places) == figure { return nil }
            return lastDigit < gap ? .major : .rounding
        }
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
