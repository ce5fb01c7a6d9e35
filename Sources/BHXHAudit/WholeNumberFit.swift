import Foundation
import VietnameseFormat

/// The quick, exact test that a stated percentage is what two whole numbers give — coverage
/// (n ÷ d × 100) or growth (n ÷ d × 100 − 100) rounded half up to the digits shown — in integer
/// arithmetic, without a `Decimal` division (each costs microseconds on Linux; a table has one or
/// two per cell). It only ever says "fits": false means "not sure", and the caller then works the
/// figure out in `Decimal` as before, so findings are exactly what they were, only found faster.
enum WholeNumberFit {
    /// True when `stated` is `numerator` ÷ `denominator` × 100, less 100 when `minusHundred`,
    /// rounded half up to the places it shows. False when it is not, or when the figures are not
    /// whole numbers, not positive where the test needs them so, or too large for 64 bits.
    static func fits(_ stated: ShownNumber, numerator: FixedDecimal?, denominator: FixedDecimal?, minusHundred: Bool) -> Bool {
        guard let n = numerator.flatMap({ whole($0, places: 0) }), let d = denominator.flatMap({ whole($0, places: 0) }), n >= 0, d > 0,
              stated.places >= 0, stated.places <= 12,
              let s = stated.fixed.flatMap({ whole($0, places: stated.places) }), s >= (minusHundred ? 1 : 0) else { return false }
        // With q the exact figure × 10^places and S the stated one: S − ½ ≤ q < S + ½ (q ≥ 0 here, so
        // half up is the same as ties away from zero), times 2d:
        // (2S − 1 + 200·10^p·k)·d ≤ 200·10^p·n < (2S + 1 + 200·10^p·k)·d, k = 1 for growth.
        var scale = 200
        for _ in 0..<stated.places {
            guard case let (next, false) = scale.multipliedReportingOverflow(by: 10) else { return false }
            scale = next
        }
        let offset = minusHundred ? scale : 0
        guard case let (middle, false) = scale.multipliedReportingOverflow(by: n),
              case let (twice, false) = s.multipliedReportingOverflow(by: 2),
              case let (lowFactor, false) = (twice - 1).addingReportingOverflow(offset),
              case let (highFactor, false) = (twice + 1).addingReportingOverflow(offset),
              case let (low, false) = lowFactor.multipliedReportingOverflow(by: d),
              case let (high, false) = highFactor.multipliedReportingOverflow(by: d) else { return false }
        return low <= middle && middle < high
    }

    /// `value` × 10^`places` as an `Int`, when that is a whole number; nil otherwise.
    private static func whole(_ value: FixedDecimal, places: Int) -> Int? {
        if value.scale <= places {
            let (scaled, overflow) = value.units.multipliedReportingOverflow(by: FixedDecimal.powerOfTen(places - value.scale))
            return overflow ? nil : Int(scaled)
        }
        let divisor = FixedDecimal.powerOfTen(value.scale - places)
        return value.units % divisor == 0 ? Int(value.units / divisor) : nil
    }
}
