import Foundation

/// An exact decimal number of our own: a whole number of units of 10^−`scale` (`units` × 10^−`scale`),
/// worked out in plain integer arithmetic. Every operation is exact or says nil (overflow, or a
/// scale beyond 18): a value it cannot hold exactly is never approximated, so callers fall back to
/// exact `Decimal` arithmetic. Rounding is half up (a half goes away from zero: 2,125 → 2,13 and
/// −0,005 → −0,01), the one rule of every published figure.
public struct FixedDecimal: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The value in units of 10^−`scale`.
    public let units: Int64
    /// How many digits follow the decimal mark (0 … 18).
    public let scale: Int

    /// The largest scale: 10¹⁸ is the largest power of ten an `Int64` holds.
    public static let maximumScale = 18

    /// `units` × 10^−`scale`; nil when `scale` is outside 0 … 18.
    public init?(units: Int64, scale: Int) {
        guard (0...Self.maximumScale).contains(scale) else { return nil }
        self.units = units
        self.scale = scale
    }

    private init(exactUnits units: Int64, scale: Int) {
        self.units = units
        self.scale = scale
    }

    /// A whole number (a count of people).
    public init(_ whole: Int64) {
        units = whole
        scale = 0
    }

    /// The same value as a `Decimal`, exactly; built from its parts without `Decimal` arithmetic.
    public var decimal: Decimal {
        var magnitude = units.magnitude
        var exponent = -scale
        // Trailing zeros dropped, as `Decimal`'s own arithmetic leaves its results.
        while exponent < 0 && magnitude != 0 && magnitude % 10 == 0 {
            magnitude /= 10
            exponent += 1
        }
        let whole = Decimal(magnitude)
        if exponent == 0 && units >= 0 { return whole }
        return Decimal(sign: units < 0 ? .minus : .plus, exponent: exponent, significand: whole)
    }

    /// −value; nil for the one `Int64` without a negative.
    public var negated: FixedDecimal? {
        units == .min ? nil : FixedDecimal(exactUnits: -units, scale: scale)
    }

    /// The sum, exactly; nil on overflow.
    public func adding(_ other: FixedDecimal) -> FixedDecimal? {
        let scale = max(self.scale, other.scale)
        guard let left = self.units(atScale: scale), let right = other.units(atScale: scale) else { return nil }
        let (sum, overflow) = left.addingReportingOverflow(right)
        return overflow ? nil : FixedDecimal(exactUnits: sum, scale: scale)
    }

    /// The product, exactly; nil when it overflows or needs more than 18 decimals.
    public func multiplied(by other: FixedDecimal) -> FixedDecimal? {
        let (product, overflow) = units.multipliedReportingOverflow(by: other.units)
        return overflow ? nil : FixedDecimal(units: product, scale: scale + other.scale)
    }

    /// This value rounded half up to `places` decimals (fewer than it has; otherwise unchanged).
    public func roundedHalfUp(places: Int) -> FixedDecimal {
        let places = max(0, places)
        guard places < scale else { return self }
        // In 64 bits (a 128-bit division costs several times more): |units| ÷ 10^k rounded is
        // smaller than |units|, so one step further from zero still fits.
        let divisor = Self.powerOfTen(scale - places)
        let (quotient, remainder) = units.quotientAndRemainder(dividingBy: divisor)
        let away = remainder.magnitude >= divisor.magnitude - remainder.magnitude
        return FixedDecimal(exactUnits: away ? (units < 0 ? quotient - 1 : quotient + 1) : quotient, scale: places)
    }

    /// `dividend` ÷ `divisor` × 10^`shift` cut toward zero after as many decimals (up to 18) as
    /// keep 18 digits before and after the mark; nil when the divisor is zero or even the whole part does not fit.
    ///
    /// Rounding this value half up to fewer decimals than it keeps gives exactly what rounding the
    /// exact quotient would: the half it is compared with is a value it can hold, and cutting
    /// toward zero does not move a value across a value it can hold.
    public static func truncatedQuotient(_ dividend: FixedDecimal, _ divisor: FixedDecimal,
                                         timesPowerOfTen shift: Int = 0) -> FixedDecimal? {
        guard let (numerator, denominator) = fraction(dividend, divisor, exponent: shift) else { return nil }
        var digits = 0
        var rest = (numerator / denominator).magnitude
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        let places = min(maximumScale, 18 - digits)
        guard places >= 0, let (scaledNumerator, scaledDenominator) = fraction(dividend, divisor, exponent: shift + places),
              let units = Int64(exactly: scaledNumerator / scaledDenominator) else { return nil }
        return FixedDecimal(units: units, scale: places)
    }

    /// Compares by value: 1,5 equals 1,50.
    public static func == (left: FixedDecimal, right: FixedDecimal) -> Bool {
        compare(left, right) == 0
    }

    /// Orders by value.
    public static func < (left: FixedDecimal, right: FixedDecimal) -> Bool {
        compare(left, right) < 0
    }

    /// Hashes the value, so that equal values (1,5 and 1,50) hash alike.
    public func hash(into hasher: inout Hasher) {
        var units = units
        var scale = scale
        while scale > 0 && units % 10 == 0 {
            units /= 10
            scale -= 1
        }
        hasher.combine(units)
        hasher.combine(scale)
    }

    /// The value in plain digits with a "." decimal mark: "-0.005", "2125".
    public var description: String {
        NumberStyle.plain.format(self, decimals: scale)
    }

    /// `units` at a larger `scale`; nil on overflow.
    private func units(atScale target: Int) -> Int64? {
        let (value, overflow) = units.multipliedReportingOverflow(by: Self.powerOfTen(target - scale))
        return overflow ? nil : value
    }

    private static func compare(_ left: FixedDecimal, _ right: FixedDecimal) -> Int {
        let scale = max(left.scale, right.scale)
        let a = Int128(left.units) * Int128(powerOfTen(scale - left.scale))
        let b = Int128(right.units) * Int128(powerOfTen(scale - right.scale))
        return a < b ? -1 : (a == b ? 0 : 1)
    }

    /// dividend ÷ divisor × 10^`exponent` as one fraction of 128-bit integers with a positive
    /// denominator; nil for a zero divisor or when a power of ten it needs is beyond 10³⁶.
    private static func fraction(_ dividend: FixedDecimal, _ divisor: FixedDecimal,
                                 exponent: Int) -> (numerator: Int128, denominator: Int128)? {
        guard divisor.units != 0 else { return nil }
        // (a × 10^−sa) ÷ (b × 10^−sb) × 10^e = a × 10^(sb − sa + e) ÷ b
        let power = divisor.scale - dividend.scale + exponent
        guard abs(power) <= 36 else { return nil }
        var numerator = Int128(dividend.units)
        var denominator = Int128(divisor.units)
        if power >= 0 {
            guard let scaled = multiply(numerator, byPowerOfTen: power) else { return nil }
            numerator = scaled
        } else {
            guard let scaled = multiply(denominator, byPowerOfTen: -power) else { return nil }
            denominator = scaled
        }
        return denominator < 0 ? (-numerator, -denominator) : (numerator, denominator)
    }

    private static func multiply(_ value: Int128, byPowerOfTen power: Int) -> Int128? {
        var result = value
        var left = power
        while left > 0 {
            let step = min(left, maximumScale)
            let (product, overflow) = result.multipliedReportingOverflow(by: Int128(powerOfTen(step)))
            guard !overflow else { return nil }
            result = product
            left -= step
        }
        return result
    }

    /// 10^`power`, for `power` in 0 … 18 (the scales a `FixedDecimal` has).
    public static func powerOfTen(_ power: Int) -> Int64 {
        powersOfTen[power]
    }

    private static let powersOfTen: [Int64] = (0...18).map { power in
        (0..<power).reduce(Int64(1)) { value, _ in value * 10 }
    }
}
