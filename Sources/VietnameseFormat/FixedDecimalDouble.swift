import Foundation

extension FixedDecimal {
    /// A `Double` close to the value, for drawing (never for figures): the value rounded half up
    /// to the most decimals (15 at most) that keep 17 significant digits, divided by that power
    /// of ten — the same bits as `Decimal.approximateDouble` of the same value. Plain integer
    /// work and one correctly rounded division, so the same bits on every machine.
    public var approximateDouble: Double {
        let whole = roundedHalfUp(places: 0).units.magnitude
        guard whole < UInt64(Self.powerOfTen(18)) else { return NSDecimalNumber(decimal: decimal).doubleValue }
        var digits = 1
        var rest = whole / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        let places = max(0, min(15, 17 - digits))
        // At most 18 digits once scaled: it fits.
        let magnitude = places >= scale
            ? units.magnitude * UInt64(Self.powerOfTen(places - scale))
            : roundedHalfUp(places: places).units.magnitude
        let value = Double(magnitude) / Self.doublePowersOfTen[places]
        // A value that rounds to zero is +0, never −0.
        return units < 0 && magnitude != 0 ? -value : value
    }

    /// 10⁰ … 10¹⁵, exact as `Double`s.
    private static let doublePowersOfTen: [Double] = (0...15).map { power in
        (0..<power).reduce(1.0) { value, _ in value * 10 }
    }
}
