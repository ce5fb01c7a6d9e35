import Foundation
import VietnameseFormat

/// The percentages every table shows. Each is nil — printed "-" — when a figure it needs is
/// unknown or its denominator is zero; never NaN, infinity or a made-up 0.
public enum Ratios {
    /// part ÷ whole × 100: coverage (÷ labour force or population), participation (÷ eligible),
    /// completion (actual ÷ target).
    ///
    /// Worked out in integers (`FixedDecimal.truncatedQuotient`, 18 digits cut toward zero) when
    /// both figures fit, which rounds half up to any shown number of decimals exactly as the exact
    /// quotient does; otherwise by `Decimal` division.
    public static func percent(_ part: Decimal?, of whole: Decimal?) -> Decimal? {
        guard let part, let whole, !whole.isZero else { return nil }
        if let fixedPart = FixedDecimal(exactly: part), let fixedWhole = FixedDecimal(exactly: whole),
           let ratio = percent(fixedPart, of: fixedWhole) {
            return ratio.decimal
        }
        return (part / whole).timesPowerOfTen(2)
    }

    /// `percent` in integers: 18 digits cut toward zero (as `FixedDecimal.truncatedQuotient`);
    /// nil when `whole` is zero or the quotient does not fit (then the `Decimal` one gives it).
    public static func percent(_ part: FixedDecimal, of whole: FixedDecimal) -> FixedDecimal? {
        FixedDecimal.truncatedQuotient(part, whole, timesPowerOfTen: 2)
    }

    /// Growth as an increase in percent: (current ÷ previous − 1) × 100, that is
    /// (current − previous) ÷ previous × 100, in integers when the figures fit (as `percent`).
    public static func growth(_ current: Decimal?, over previous: Decimal?) -> Decimal? {
        guard let current, let previous, !previous.isZero else { return nil }
        if let fixedCurrent = FixedDecimal(exactly: current), let fixedPrevious = FixedDecimal(exactly: previous),
           let ratio = growth(fixedCurrent, over: fixedPrevious) {
            return ratio.decimal
        }
        return (current / previous - 1).timesPowerOfTen(2)
    }

    /// `growth` in integers, as `percent(_:of:)`; nil when `previous` is zero or it does not fit.
    public static func growth(_ current: FixedDecimal, over previous: FixedDecimal) -> FixedDecimal? {
        guard let negated = previous.negated, let change = current.adding(negated) else { return nil }
        return FixedDecimal.truncatedQuotient(change, previous, timesPowerOfTen: 2)
    }

    /// The sum of the known values; nil when none is known.
    public static func sumOfKnown<S: Sequence>(_ values: S) -> Decimal? where S.Element == Decimal? {
        var total = DecimalSum()
        var any = false
        for value in values {
            if let value {
                total.add(value)
                any = true
            }
        }
        return any ? total.value : nil
    }
}

extension Ratios {
    /// part ÷ whole × 100 (`percent` of `Decimal`s) on exact figures: in integers
    /// (`ExactNumber.quotient`, 18 digits cut toward zero) when both fit, else by `Decimal` division.
    public static func percent(_ part: ExactNumber?, of whole: ExactNumber?) -> ExactNumber? {
        guard let part, let whole else { return nil }
        return ExactNumber.quotient(part, whole, timesPowerOfTen: 2)
    }

    /// Growth as an increase in percent, (current − previous) ÷ previous × 100, on exact figures.
    public static func growth(_ current: ExactNumber?, over previous: ExactNumber?) -> ExactNumber? {
        guard let current, let previous, !previous.isZero else { return nil }
        if let fixedCurrent = current.fixed, let fixedPrevious = previous.fixed,
           let ratio = growth(fixedCurrent, over: fixedPrevious) {
            return ExactNumber(ratio)
        }
        return ExactNumber((current.decimal / previous.decimal - 1).timesPowerOfTen(2))
    }

    /// A growth increase written in the requested form: 3,36 (increase) or 103,36 (index).
    public static func growth(_ increase: ExactNumber?, as form: GrowthForm) -> ExactNumber? {
        guard let increase else { return nil }
        return form == .index ? increase + 100 : increase
    }

    /// The sum of the known figures; nil when none is known.
    public static func sumOfKnown<S: Sequence>(_ values: S) -> ExactNumber? where S.Element == ExactNumber? {
        var total: ExactNumber?
        for value in values {
            if let value { total = total.map { $0 + value } ?? value }
        }
        return total
    }
}
