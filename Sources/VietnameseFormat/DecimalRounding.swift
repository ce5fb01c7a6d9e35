import Foundation

extension Decimal {
    /// This value rounded half up (a half goes away from zero: 2,5 → 3, −2,5 → −3) to `places`
    /// digits after the decimal mark. The one rounding rule of every figure we publish.
    public func roundedHalfUp(places: Int = 0) -> Decimal {
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
