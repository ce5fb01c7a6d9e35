import Foundation
import VietnameseFormat

/// Splits a whole number over weighted shares so that the parts are whole numbers adding up
/// exactly to it (the largest-remainder, or Hamilton, method).
public enum LargestRemainder {
    /// Each share gets the whole part of `total × weight ÷ Σweights`; the people left over go one
    /// each to the shares with the largest remainders, ties to the share listed first.
    /// Returns nil when the weights add up to zero (or one is negative) and there is something to split.
    public static func allocate(_ total: Decimal, weights: [Decimal]) -> [Decimal]? {
        if let parts = allocateInIntegers(total, weights: weights) { return parts }
        let whole = total.roundedHalfUp()
        guard !weights.contains(where: { $0 < 0 }) else { return nil }
        let weightSum = weights.reduce(Decimal(0), +)
        if weightSum.isZero {
            return whole.isZero ? weights.map { _ in 0 } : nil
        }
        var parts: [Decimal] = []
        var remainders: [Decimal] = []
        parts.reserveCapacity(weights.count)
        remainders.reserveCapacity(weights.count)
        for weight in weights {
            // Whole part and remainder of (whole × weight) ÷ weightSum, kept exact by comparing
            // remainders of the numerator rather than fractional parts of a rounded quotient.
            let numerator = whole * weight
            var quotient = floorOf(numerator / weightSum)
            var remainder = numerator - quotient * weightSum
            while remainder < 0 { quotient -= 1; remainder += weightSum }
            while remainder >= weightSum { quotient += 1; remainder -= weightSum }
            parts.append(quotient)
            remainders.append(remainder)
        }
        giveOut(whole - parts.reduce(Decimal(0), +), to: &parts, byRemainders: remainders)
        return parts
    }

    /// `allocate` in integers, for the usual case of a total and weights that fit `FixedDecimal`
    /// with a positive sum: every weight is taken in units of the finest scale among them, which
    /// changes no share, no remainder order and no part. Nil means: use the `Decimal` path.
    private static func allocateInIntegers(_ total: Decimal, weights: [Decimal]) -> [Decimal]? {
        guard let fixedTotal = FixedDecimal(exactly: total) else { return nil }
        var fixedWeights: [FixedDecimal] = []
        fixedWeights.reserveCapacity(weights.count)
        for weight in weights {
            guard let fixed = FixedDecimal(exactly: weight), fixed.units >= 0 else { return nil }
            fixedWeights.append(fixed)
        }
        let scale = fixedWeights.map(\.scale).max() ?? 0
        var units: [Int128] = []
        units.reserveCapacity(weights.count)
        var weightSum: Int128 = 0
        for weight in fixedWeights {
            let value = Int128(weight.units) * Int128(FixedDecimal.powerOfTen(scale - weight.scale))
            units.append(value)
            let (sum, overflow) = weightSum.addingReportingOverflow(value)
            guard !overflow else { return nil }
            weightSum = sum
        }
        let whole = Int128(fixedTotal.roundedHalfUp(places: 0).units)
        guard weightSum > 0, whole >= 0, whole.magnitude < UInt128(1) << 63 else { return nil }
        var parts: [Int128] = []
        var remainders: [Int128] = []
        parts.reserveCapacity(units.count)
        remainders.reserveCapacity(units.count)
        for weight in units {
            let (product, overflow) = whole.multipliedReportingOverflow(by: weight)
            guard !overflow else { return nil }
            let (quotient, remainder) = product.quotientAndRemainder(dividingBy: weightSum)
            parts.append(quotient)
            remainders.append(remainder)
        }
        giveOut(whole - parts.reduce(0, +), to: &parts, byRemainders: remainders)
        // Every part is at most `whole`, below 2⁶³.
        return parts.map { Decimal(Int64(truncatingIfNeeded: $0)) }
    }

    /// Gives the `leftOver` people one each to the parts with the largest remainders, ties to the
    /// part listed first (round again if there are more people than parts).
    private static func giveOut<Number: SignedNumeric & Comparable>(_ leftOver: Number, to parts: inout [Number],
                                                                   byRemainders remainders: [Number]) {
        var leftOver = leftOver
        let order = remainders.indices.sorted { remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1 }
        var position = 0
        while leftOver > 0 && !order.isEmpty {
            parts[order[position % order.count]] += 1
            leftOver -= 1
            position += 1
        }
    }

    private static func floorOf(_ value: Decimal) -> Decimal {
        var source = value
        var result = Decimal()
        NSDecimalRound(&result, &source, 0, .down)
        return result
    }
}
