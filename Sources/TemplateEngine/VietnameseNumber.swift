import Foundation
import VietnameseFormat

/// Numbers in the Vietnamese style (1.234.567 and 21,51), rounded half up. Whole numbers are
/// written straight from their digits; decimals go through `NumberStyle.vietnamese`.
enum VietnameseNumber {
    /// `value` with `decimals` zero decimals: 1234567 → "1.234.567", with 2 → "1.234.567,00".
    static func text(_ value: Int, decimals: Int) -> String {
        var digits = Array(String(value.magnitude).utf8)
        var out: [UInt8] = []
        out.reserveCapacity(digits.count + digits.count / 3 + decimals + 2)
        if value < 0 { out.append(UInt8(ascii: "-")) }
        for (position, digit) in digits.enumerated() {
            if position > 0, (digits.count - position) % 3 == 0 { out.append(UInt8(ascii: ".")) }
            out.append(digit)
        }
        if decimals > 0 {
            digits = [UInt8](repeating: UInt8(ascii: "0"), count: decimals)
            out.append(UInt8(ascii: ","))
            out.append(contentsOf: digits)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `value` rounded half up to `decimals` decimals: 2.345 with 2 → "2,35".
    static func text(_ value: Decimal, decimals: Int) -> String {
        NumberStyle.vietnamese.format(value, decimals: decimals)
    }
}
