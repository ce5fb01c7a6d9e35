import Foundation
import VietnameseFormat

/// Splits a whole number over weighted shares so that the parts are whole numbers adding up
/// exactly to it (the largest-remainder, or Hamilton, method).
public enum LargestRemainder {
    /// Each share gets the whole part of `total × weight ÷ Σweights`; the people left over go one
    /// each to the shares with the largest remainders, ties to the share listed first.
    /// Returns nil when the weights add up to zero (or one is negative) and there is something to split.
    public static func allocate(_ total: Decimal, weights: [Decimal]) -> [Decimal]? {
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
        var leftOver = whole - parts.reduce(Decimal(0), +)
        let order = remainders.indices.sorted { remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1 }
        var position = 0
        while leftOver > 0 && !order.isEmpty {
            parts[order[position % order.count]] += 1
            leftOver -= 1
            position += 1
        }
        return parts
    }

    private static func floorOf(_ value: Decimal) -> Decimal {
        var source = value
        var result = Decimal()
        NSDecimalRound(&result, &source, 0, .down)
        return result
    }
}
