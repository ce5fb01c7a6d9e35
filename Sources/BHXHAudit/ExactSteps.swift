import Foundation
import VietnameseFormat

/// The small steps of judging a figure — sums, differences, comparisons of two `Decimal`s —
/// worked out in integers (`FixedDecimal`) when both values fit, and by `Decimal` arithmetic
/// otherwise. The answers are the same exact values either way; the integer path only avoids
/// `Decimal`'s arithmetic, which costs microseconds a step on Linux (a table of 100.000 rows has
/// hundreds of thousands of findings, each judged and explained in several such steps).
enum ExactSteps {
    /// `left` + `right`.
    static func sum(_ left: Decimal, _ right: Decimal) -> Decimal {
        if let a = FixedDecimal(exactly: left), let b = FixedDecimal(exactly: right), let sum = a.adding(b) {
            return sum.decimal
        }
        return left + right
    }

    /// `left` − `right`.
    static func difference(_ left: Decimal, _ right: Decimal) -> Decimal {
        if let a = FixedDecimal(exactly: left), let b = FixedDecimal(exactly: right), let negated = b.negated,
           let difference = a.adding(negated) {
            return difference.decimal
        }
        return left - right
    }

    /// The distance between `left` and `right`: |`left` − `right`|.
    static func gap(_ left: Decimal, _ right: Decimal) -> Decimal {
        if let a = FixedDecimal(exactly: left), let b = FixedDecimal(exactly: right), let gap = gap(a, b) { return gap.decimal }
        return abs(left - right)
    }

    /// |`left` − `right`| in integers; nil when it does not fit.
    static func gap(_ left: FixedDecimal, _ right: FixedDecimal) -> FixedDecimal? {
        let (low, high) = left < right ? (left, right) : (right, left)
        return low.negated.flatMap { high.adding($0) }
    }

    /// The sum of `figures` (`Sum`).
    static func total(_ figures: some Sequence<ShownNumber>) -> Decimal {
        var sum = Sum()
        for figure in figures { sum.add(figure) }
        return sum.value
    }

    /// A sum of figures added one by one, from their integers (`ShownNumber.fixed`) while they fit.
    struct Sum {
        private var fixed = FixedDecimal(0)
        private var rest: Decimal?

        /// Adds `figure`.
        mutating func add(_ figure: ShownNumber) {
            if let units = figure.fixed, let sum = fixed.adding(units) {
                fixed = sum
            } else {
                rest = (rest ?? 0) + figure.value
            }
        }

        /// The sum so far.
        var value: Decimal { rest.map { fixed.decimal + $0 } ?? fixed.decimal }
    }

    /// True when `figure` is nearer to `value` + `shift` than to `value`:
    /// |`figure` − (`value` + `shift`)| < |`figure` − `value`| (a growth read as an index: 103,36
    /// for 3,36). In 128-bit integers, where a value of 18 digits plus 100 still fits.
    static func isNearer(_ figure: Decimal, to value: Decimal, shiftedBy shift: Decimal) -> Bool {
        if let f = FixedDecimal(exactly: figure), let v = FixedDecimal(exactly: value), let s = FixedDecimal(exactly: shift) {
            return isNearer(f, to: v, shiftedBy: s)
        }
        return abs(figure - (value + shift)) < abs(figure - value)
    }

    /// `isNearer` in integers.
    static func isNearer(_ figure: FixedDecimal, to value: FixedDecimal, shiftedBy shift: FixedDecimal) -> Bool {
        let scale = max(figure.scale, value.scale, shift.scale)
        func units(_ number: FixedDecimal) -> Int128 { Int128(number.units) * Int128(FixedDecimal.powerOfTen(scale - number.scale)) }
        let fromValue = units(figure) - units(value)
        return (fromValue - units(shift)).magnitude < fromValue.magnitude
    }

    /// True when `left` < `right`.
    static func isLess(_ left: Decimal, _ right: Decimal) -> Bool {
        if let a = FixedDecimal(exactly: left), let b = FixedDecimal(exactly: right) { return a < b }
        return left < right
    }

    /// True when `left` and `right` are the same value (1,5 and 1,50 are).
    static func isEqual(_ left: Decimal, _ right: Decimal) -> Bool {
        if let a = FixedDecimal(exactly: left), let b = FixedDecimal(exactly: right) { return a == b }
        return left == right
    }
}
