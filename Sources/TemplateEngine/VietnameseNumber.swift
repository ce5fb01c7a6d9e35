import Foundation
import VietnameseFormat

/// Numbers in the Vietnamese style (1.234.567 and 21,51), rounded half up, written straight from
/// their digits: the same text as `NumberStyle.vietnamese.format`, several times faster, which
/// matters in tables of thousands of rows. Decimals beyond 18 digits go through `NumberStyle`.
enum VietnameseNumber {
    /// Scaled decimals below this magnitude convert exactly to `Int64`.
    private static let exactLimit = Decimal(sign: .plus, exponent: 18, significand: 1)

    /// `value` with `decimals` zero decimals: 1234567 → "1.234.567", with 2 → "1.234.567,00".
    static func text(_ value: Int, decimals: Int) -> String {
        text(magnitude: UInt64(value.magnitude), negative: value < 0, fractionDigits: 0, zeros: decimals)
    }

    /// `value` rounded half up to `decimals` decimals: 2.345 with 2 → "2,35"; NaN → "-".
    static func text(_ value: Decimal, decimals: Int) -> String {
        guard !value.isNaN else { return "-" }
        let scaled = Decimal(sign: .plus, exponent: decimals, significand: value.roundedHalfUp(places: decimals))
        guard scaled.magnitude < exactLimit else { return NumberStyle.vietnamese.format(value, decimals: decimals) }
        let whole = NSDecimalNumber(decimal: scaled).int64Value
        return text(magnitude: whole.magnitude, negative: whole < 0, fractionDigits: decimals, zeros: 0)
    }

    /// Writes `magnitude` whose last `fractionDigits` digits are decimals, then `zeros` zero decimals.
    private static func text(magnitude: UInt64, negative: Bool, fractionDigits: Int, zeros: Int) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { digits in
            var count = 0
            var rest = magnitude
            repeat {
                digits[count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest > 0 || count <= fractionDigits
            let integerDigits = count - fractionDigits
            let length = (negative ? 1 : 0) + integerDigits + (integerDigits - 1) / 3
                + (fractionDigits + zeros > 0 ? 1 + fractionDigits + zeros : 0)
            return String(unsafeUninitializedCapacity: length) { out in
                var position = 0
                func put(_ byte: UInt8) {
                    out[position] = byte
                    position += 1
                }
                if negative { put(UInt8(ascii: "-")) }
                for index in stride(from: count - 1, through: fractionDigits, by: -1) {
                    put(digits[index])
                    let left = index - fractionDigits
                    if left > 0, left % 3 == 0 { put(UInt8(ascii: ".")) }
                }
                if fractionDigits + zeros > 0 { put(UInt8(ascii: ",")) }
                for index in stride(from: fractionDigits - 1, through: 0, by: -1) { put(digits[index]) }
                for _ in 0..<zeros { put(UInt8(ascii: "0")) }
                return position
            }
        }
    }
}
