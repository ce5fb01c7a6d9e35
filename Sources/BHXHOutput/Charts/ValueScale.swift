import Foundation
import VietnameseFormat

/// A value axis: a "nice" domain that includes zero, its gridline ticks (steps of 1, 2 or 5 × 10ⁿ), and
/// the linear map from values to coordinates.
struct ValueScale {
    /// The smallest value of the axis.
    let lower: Decimal
    /// The largest value of the axis.
    let upper: Decimal
    /// The gridline values, from `lower` to `upper`.
    let ticks: [Decimal]
    /// Decimals needed to write every tick exactly.
    let tickDecimals: Int
    /// `lower` and `upper - lower` for drawing.
    private let lowerPosition: Double, span: Double

    /// The scale for `values` (NaN ignored), aiming at about `tickCount` intervals; when every value is
    /// zero (or there is none) the axis runs from 0 to 1 in one step. The step is chosen in `Double`
    /// (it only shapes the axis) and the ends are then checked exactly, so every value lies on it.
    init(covering values: [Decimal], tickCount: Int = 5) {
        var low = Bound(0), high = Bound(0)
        for value in values where !value.isNaN {
            let bound = Bound(value)
            if bound.isBelow(low) { low = bound } else if high.isBelow(bound) { high = bound }
        }
        let lowest = low.value, highest = high.value
        let intervals = max(1, tickCount)
        let step = lowest == highest ? Step(factor: 1, exponent: 0)
            : Self.niceStep(for: (highest.approximateDouble - lowest.approximateDouble) / Double(intervals))
        let stepSize = step.value.approximateDouble
        var first = Int((lowest.approximateDouble / stepSize).rounded(.down))
        var last = max(first + 1, Int((highest.approximateDouble / stepSize).rounded(.up)))
        while step.times(first) > lowest { first -= 1 }
        while step.times(last) < highest { last += 1 }
        lower = step.times(first)
        upper = step.times(last)
        let stride = max(1, (last - first + 4 * intervals) / (4 * intervals + 1))
        ticks = Swift.stride(from: first, through: last, by: stride).map(step.times)
        tickDecimals = max(0, -step.exponent)
        lowerPosition = lower.approximateDouble
        span = (upper - lower).approximateDouble
    }

    /// A value with its exact integer form when it has one (`FixedDecimal`), so that finding the
    /// lowest and highest compares integers instead of `Decimal`s (about 1,000 instructions each).
    private struct Bound {
        let value: Decimal
        let fixed: FixedDecimal?

        init(_ value: Decimal) {
            self.value = value
            fixed = FixedDecimal(exactly: value)
        }

        /// True when the value is below `other`'s, compared exactly.
        func isBelow(_ other: Bound) -> Bool {
            if let fixed, let otherFixed = other.fixed { return fixed < otherFixed }
            return value < other.value
        }
    }

    /// A step of the axis, `factor` × 10^`exponent`.
    struct Step {
        /// 1, 2 or 5.
        let factor: Int
        let exponent: Int

        /// The step as a number.
        var value: Decimal { times(1) }

        /// `count` steps, exactly: the product built from its parts (the digits of `count` ×
        /// `factor` and the exponent), not multiplied as `Decimal`s (about 2,500 instructions).
        func times(_ count: Int) -> Decimal {
            let (digits, overflow) = count.magnitude.multipliedReportingOverflow(by: UInt(factor))
            guard !overflow else { return Decimal(count) * Decimal(sign: .plus, exponent: exponent, significand: Decimal(factor)) }
            guard digits > 0 else { return 0 }
            return Decimal(sign: count < 0 ? .minus : .plus, exponent: exponent, significand: Decimal(digits))
        }
    }

    /// Where `value` falls between `start` (at `lower`) and `end` (at `upper`).
    func position(_ value: Decimal, from start: Double, to end: Double) -> Double {
        start + (value.approximateDouble - lowerPosition) / span * (end - start)
    }

    /// The smallest of 1, 2, 5 or 10 × 10ⁿ at least `rough`.
    private static func niceStep(for rough: Double) -> Step {
        guard rough > 0, rough.isFinite else { return Step(factor: 1, exponent: 0) }
        var exponent = 0
        var power = 1.0
        while power * 10 <= rough, exponent < 120 {
            power *= 10
            exponent += 1
        }
        while power > rough, exponent > -120 {
            exponent -= 1
            power = exponent >= 0 ? power / 10 : 1 / Self.power(-exponent)
        }
        for factor in [1, 2, 5] where Double(factor) * power >= rough {
            return Step(factor: factor, exponent: exponent)
        }
        return Step(factor: 1, exponent: exponent + 1)
    }

    /// 10ⁿ as a `Double`, by repeated exact multiplication.
    private static func power(_ n: Int) -> Double {
        (0..<n).reduce(1.0) { value, _ in value * 10 }
    }
}
