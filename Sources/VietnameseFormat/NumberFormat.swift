import Foundation

/// How a number is written: the digit-group separator (if any) and the decimal mark.
public struct NumberStyle: Sendable, Equatable {
    /// Separator between groups of three integer digits, or nil for none.
    public var groupSeparator: Character?
    /// The character between the integer and the fractional digits.
    public var decimalMark: Character

    /// Creates a style from its two marks.
    public init(groupSeparator: Character?, decimalMark: Character) {
        self.groupSeparator = groupSeparator
        self.decimalMark = decimalMark
    }

    /// Vietnamese documents: 1.234.567 and 21,51.
    public static let vietnamese = NumberStyle(groupSeparator: ".", decimalMark: ",")
    /// Machine-readable: 1234567 and 21.51.
    public static let plain = NumberStyle(groupSeparator: nil, decimalMark: ".")
    /// Spreadsheets set to Vietnamese: 1234567 and 21,51.
    public static let plainDecimalComma = NumberStyle(groupSeparator: nil, decimalMark: ",")

    /// Writes `value` rounded half up to exactly `decimals` fractional digits.
    /// A value that rounds to zero is written without a sign ("0", never "-0").
    public func format(_ value: Decimal, decimals: Int = 0) -> String {
        let places = max(0, decimals)
        let text = value.roundedHalfUp(places: places).description
        var negative = false
        var integerDigits = Substring(text)
        var fractionDigits = Substring("")
        if integerDigits.first == "-" {
            negative = true
            integerDigits = integerDigits.dropFirst()
        }
        if let dot = integerDigits.firstIndex(of: ".") {
            fractionDigits = integerDigits[integerDigits.index(after: dot)...]
            integerDigits = integerDigits[..<dot]
        }
        if integerDigits.isEmpty { integerDigits = "0" }
        if negative && integerDigits.allSatisfy({ $0 == "0" }) && fractionDigits.allSatisfy({ $0 == "0" }) {
            negative = false
        }

        var out = ""
        out.reserveCapacity(integerDigits.count + places + integerDigits.count / 3 + 2)
        if negative { out.append("-") }
        let count = integerDigits.count
        for (offset, digit) in integerDigits.enumerated() {
            if let separator = groupSeparator, offset > 0, (count - offset) % 3 == 0 {
                out.append(separator)
            }
            out.append(digit)
        }
        if places > 0 {
            out.append(decimalMark)
            out.append(contentsOf: fractionDigits.prefix(places))
            for _ in 0..<max(0, places - fractionDigits.count) { out.append("0") }
        }
        return out
    }
}
