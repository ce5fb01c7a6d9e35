import Foundation
import VietnameseFormat

/// A value axis: a "nice" domain that includes zero, its gridline ticks (steps of 1, 2 or 5 × 10ⁿ), and
/// the linear map from values to coordinates.
struct ValueScale {
    /// The smallest value of the axis.
    let lower: ExactNumber
    /// The largest value of the axis.
    let upper: ExactNumber
    /// The gridline values, from `lower` to `upper`.
    let ticks: [ExactNumber]
    /// Decimals needed to write every tick exactly.
    let tickDecimals: Int
    /// `lower` and `upper - lower` for drawing.
    private let lowerPosition: Double, span: Double

    /// The scale for `values`, aiming at about `tickCount` intervals; when every value is zero (or
    /// there is none) the axis runs from 0 to 1 in one step. The step is chosen in `Double` (it
    /// only shapes the axis) and the ends are then checked exactly, so every value lies on it.
    init(covering values: [ExactNumber], tickCount: Int = 5) {
        var lowest: ExactNumber = 0, highest: ExactNumber = 0
        for value in values {
            if value < lowest { lowest = value } else if highest < value { highest = value }
        }
        let intervals = max(1, tickCount)
        let (step, exponent) = lowest == highest ? (ExactNumber(1), 0)
            : Self.niceStep(for: (highest.approximateDouble - lowest.approximateDouble) / Double(intervals))
        let stepSize = step.approximateDouble
        var first = Int((lowest.approximateDouble / stepSize).rounded(.down))
        var last = max(first + 1, Int((highest.approximateDouble / stepSize).rounded(.up)))
        while ExactNumber(first) * step > lowest { first -= 1 }
        while ExactNumber(last) * step < highest { last += 1 }
        lower = ExactNumber(first) * step
        upper = ExactNumber(last) * step
        let stride = max(1, (last - first + 4 * intervals) / (4 * intervals + 1))
        ticks = Swift.stride(from: first, through: last, by: stride).map { ExactNumber($0) * step }
        tickDecimals = max(0, -exponent)
        lowerPosition = lower.approximateDouble
        span = (upper - lower).approximateDouble
    }

    /// Where `value` falls between `start` (at `lower`) and `end` (at `upper`).
    func position(_ value: ExactNumber, from start: Double, to end: Double) -> Double {
        start + (value.approximateDouble - lowerPosition) / span * (end - start)
    }

    /// The smallest of 1, 2, 5 or 10 × 10ⁿ at least `rough`, with its power of ten n.
    private static func niceStep(for rough: Double) -> (ExactNumber, Int) {
        guard rough > 0, rough.isFinite else { return (1, 0) }
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
            return (ExactNumber(factor).timesPowerOfTen(exponent), exponent)
        }
        return (ExactNumber(1).timesPowerOfTen(exponent + 1), exponent + 1)
    }

    /// 10ⁿ as a `Double`, by repeated exact multiplication.
    private static func power(_ n: Int) -> Double {
        (0..<n).reduce(1.0) { value, _ in value * 10 }
    }
}
