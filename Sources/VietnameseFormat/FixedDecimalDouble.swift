import Foundation

extension FixedDecimal {
    /// A `Double` close to the value, for drawing (never for figures): the value rounded half up
    /// to the most decimals (15 at most) that keep 17 significant digits, divided by that power
    /// of ten — the same bits as `Decimal.approximateDouble` of the same value. Plain integer
    /// work and one correctly rounded division, so the same bits on every machine.
    public var approximateDouble: Double {
        let whole = roundedHalfUp(places: 0).units.magnitude
        guard whole < UInt64(Self.powerOfTen(18)) else { return NSDecimalNumber(decimal: decimal).doubleValue }
        let places = DrawingDouble.places(forWhole: whole)
        // At most 18 digits once scaled: it fits.
        let magnitude = places >= scale
            ? units.magnitude * UInt64(Self.powerOfTen(places - scale))
            : roundedHalfUp(places: places).units.magnitude
        return DrawingDouble.value(magnitude, negative: units < 0 && magnitude != 0, places: places)
    }
}

/// The one way a value becomes a `Double` for drawing, whether it is held as a `Decimal` or a
/// `FixedDecimal`: the same integer and the same division give the same bits.
enum DrawingDouble {
    /// The decimals kept for a value whose whole part, rounded, is `whole`: as many as keep 17
    /// significant digits, at most 15.
    static func places(forWhole whole: UInt64) -> Int {
        var digits = 1
        var rest = whole / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        return max(0, min(15, 17 - digits))
    }

    /// ±`magnitude` ÷ 10^`places` (`places` 0 … 15), one correctly rounded division.
    static func value(_ magnitude: UInt64, negative: Bool, places: Int) -> Double {
        let value = Double(magnitude) / powersOfTen[places]
        return negative ? -value : value
    }

    /// 10⁰ … 10¹⁵, exact as `Double`s.
    private static let powersOfTen: [Double] = (0...15).map { power in
        (0..<power).reduce(1.0) { value, _ in value * 10 }
    }
}
