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

    /// The scale for `values` (NaN ignored), aiming at about `tickCount` intervals; when every value is
    /// zero (or there is none) the axis runs from 0 to 1 in one step.
    init(covering values: [Decimal], tickCount: Int = 5) {
        let known = values.filter { !$0.isNaN }
        var low = min(known.min() ?? 0, 0)
        var high = max(known.max() ?? 0, 0)
        let flat = low == high
        if flat { high = low + 1 }
        let step = flat ? 1 : Self.niceStep(for: (high - low) / Decimal(max(1, tickCount)))
        low = Self.rounded(low / step, .down) * step
        high = Self.rounded(high / step, .up) * step
        var ticks: [Decimal] = []
        var tick = low
        while tick <= high, ticks.count <= 4 * max(1, tickCount) {
            ticks.append(tick)
            tick += step
        }
        self.lower = low
        self.upper = high
        self.ticks = ticks
        var decimals = 0
        var scaled = step
        while !scaled.isWholeNumber, decimals < 8 {
            scaled *= 10
            decimals += 1
        }
        self.tickDecimals = decimals
    }

    /// Where `value` falls between `start` (at `lower`) and `end` (at `upper`).
    func position(_ value: Decimal, from start: Decimal, to end: Decimal) -> Decimal {
        start + (value - lower) / (upper - lower) * (end - start)
    }

    /// The smallest of 1, 2, 5 or 10 × 10ⁿ at least `rough`.
    private static func niceStep(for rough: Decimal) -> Decimal {
        guard rough > 0, !rough.isNaN else { return 1 }
        var power: Decimal = 1
        for _ in 0..<130 where power * 10 <= rough { power *= 10 }
        for _ in 0..<130 where power > rough { power /= 10 }
        for factor: Decimal in [1, 2, 5] where factor * power >= rough { return factor * power }
        return 10 * power
    }

    private static func rounded(_ value: Decimal, _ mode: NSDecimalNumber.RoundingMode) -> Decimal {
        var source = value
        var result = Decimal()
        NSDecimalRound(&result, &source, 0, mode)
        return result
    }
}
