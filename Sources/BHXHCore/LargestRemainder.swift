import Foundation
import VietnameseFormat

/// Splits a whole number over weighted shares so that the parts are whole numbers adding up
/// exactly to it (the largest-remainder, or Hamilton, method).
public enum LargestRemainder {
    /// Weights prepared once for many splits: each weight also in units of the finest scale among
    /// them, which changes no share, no remainder order and no part, so that a split of a whole
    /// number takes integer arithmetic only.
    public struct Weights: Sendable {
        /// The weights as given.
        public let values: [Decimal]
        /// Each weight in units of the finest scale among them; empty when one does not fit
        /// `FixedDecimal`, is negative, or their sum overflows or is zero (the `Decimal` path then).
        let units: [Int128]
        /// The sum of `units`.
        let unitSum: Int128

        /// Prepares `values` for splitting.
        public init(_ values: [Decimal]) {
            self.values = values
            (units, unitSum) = Self.integerUnits(values) ?? ([], 0)
        }

        private static func integerUnits(_ values: [Decimal]) -> ([Int128], Int128)? {
            var fixed: [FixedDecimal] = []
            fixed.reserveCapacity(values.count)
            for value in values {
                guard let weight = FixedDecimal(exactly: value), weight.units >= 0 else { return nil }
                fixed.append(weight)
            }
            let scale = fixed.map(\.scale).max() ?? 0
            var units: [Int128] = []
            units.reserveCapacity(fixed.count)
            var sum: Int128 = 0
            for weight in fixed {
                let value = Int128(weight.units) * Int128(FixedDecimal.powerOfTen(scale - weight.scale))
                units.append(value)
                let (next, overflow) = sum.addingReportingOverflow(value)
                guard !overflow else { return nil }
                sum = next
            }
            return sum > 0 ? (units, sum) : nil
        }
    }

    /// Each share gets the whole part of `total × weight ÷ Σweights`; the people left over go one
    /// each to the shares with the largest remainders, ties to the share listed first.
    /// Returns nil when the weights add up to zero (or one is negative) and there is something to split.
    public static func allocate(_ total: Decimal, weights: [Decimal]) -> [Decimal]? {
        allocate(total, weights: Weights(weights))
    }

    /// `allocate(_:weights:)` over weights prepared once.
    public static func allocate(_ total: Decimal, weights: Weights) -> [Decimal]? {
        if let fixed = FixedDecimal(exactly: total) {
            let whole = fixed.roundedHalfUp(places: 0).units
            var parts: [Decimal] = []
            parts.reserveCapacity(weights.values.count)
            if split(Int(whole), over: weights, { _, part in parts.append(Decimal(part)) }) { return parts }
        }
        return allocateInDecimals(total, weights: weights.values)
    }

    /// Splits `whole` (at least 0) over `weights` in integers, calling `part` with each share's
    /// position and part, in order, once all are known; false, without any call, when the
    /// split needs the `Decimal` path (weights that are not integer-ready, a negative whole, or
    /// a product too large).
    public static func split(_ whole: Int, over weights: Weights, _ part: (Int, Int) -> Void) -> Bool {
        let count = weights.units.count
        guard count > 0, whole >= 0 else { return false }
        return withUnsafeTemporaryAllocation(of: Int128.self, capacity: 2 * count) { buffer in
            // Parts in the first half, remainders in the second.
            let total = Int128(whole)
            var given: Int128 = 0
            for (position, weight) in weights.units.enumerated() {
                let (product, overflow) = total.multipliedReportingOverflow(by: weight)
                guard !overflow else { return false }
                let (quotient, remainder) = product.quotientAndRemainder(dividingBy: weights.unitSum)
                buffer[position] = quotient
                buffer[count + position] = remainder
                given += quotient
            }
            // Each part lost less than one to its floor, so fewer people are left than shares:
            // one each to the largest remainders, ties to the share listed first (a remainder
            // given its person is marked −1, below every other).
            var leftOver = total - given
            while leftOver > 0 {
                var largest = count
                for position in (count + 1)..<(2 * count) where buffer[position] > buffer[largest] {
                    largest = position
                }
                buffer[largest - count] += 1
                buffer[largest] = -1
                leftOver -= 1
            }
            // Every part is at most `whole`, an `Int`.
            for position in 0..<count { part(position, Int(truncatingIfNeeded: buffer[position])) }
            return true
        }
    }

    /// The exact `Decimal` path, for totals and weights the integers cannot hold.
    private static func allocateInDecimals(_ total: Decimal, weights: [Decimal]) -> [Decimal]? {
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
        // Round again if there are more people than parts.
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
