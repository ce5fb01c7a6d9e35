import Foundation

extension Decimal {
    /// This value rounded half up (a half goes away from zero: 2,5 → 3, −2,5 → −3) to `places`
    /// digits after the decimal mark. The one rounding rule of every figure we publish.
    public func roundedHalfUp(places: Int = 0) -> Decimal {
        if places >= 0, let (magnitude, negative) = scaledMagnitude(places: places) {
            // Straight from the integer inside, without Decimal arithmetic (the usual case).
            return Decimal(magnitude: magnitude, negative: negative, scale: places)
        }
        var source = self
        var result = Decimal()
        NSDecimalRound(&result, &source, places, .plain)
        return result
    }

    /// True when the value has no fractional part.
    public var isWholeNumber: Bool {
        roundedHalfUp(places: 0) == self
    }
}
