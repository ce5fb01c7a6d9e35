import Foundation

/// Builds a `Decimal` from decimal digits without rounding, or says it cannot.
enum ExactDecimal {
    /// The most significant digits a read number may have.
    static let maximumSignificantDigits = 30
    /// The most digits after the decimal mark that `Decimal` keeps (its exponent is at least −128).
    static let maximumScale = 128

    /// The value of `digits` (values 0–9) whose last `fractionDigits` follow the decimal mark.
    /// Leading zeros and trailing zeros after the mark do not count as significant.
    static func make(digits: [UInt8], fractionDigits: Int, negative: Bool) throws(NumberReadingError) -> Decimal {
        var end = digits.count
        var scale = fractionDigits
        while scale > 0 && digits[end - 1] == 0 {
            end -= 1
            scale -= 1
        }
        guard let start = digits[..<end].firstIndex(where: { $0 != 0 }) else { return 0 }
        guard end - start <= maximumSignificantDigits, scale <= maximumScale else { throw .tooLarge }
        if end - start <= 18 {
            // The usual case, a count or a short rate: one integer, no Decimal arithmetic.
            let magnitude = digits[start..<end].reduce(UInt64(0)) { $0 * 10 + UInt64($1) }
            return Decimal(magnitude: magnitude, negative: negative, scale: scale)
        }
        // Up to 19 digits fit in a UInt64; 30 digits need two chunks.
        var significand = Decimal(0)
        var chunkStart = start
        while chunkStart < end {
            let chunkEnd = min(end, chunkStart + 19)
            let chunk = digits[chunkStart..<chunkEnd].reduce(UInt64(0)) { $0 * 10 + UInt64($1) }
            significand = Decimal(sign: .plus, exponent: chunkEnd - chunkStart, significand: significand) + Decimal(chunk)
            chunkStart = chunkEnd
        }
        return Decimal(sign: negative ? .minus : .plus, exponent: -scale, significand: significand)
    }
}
