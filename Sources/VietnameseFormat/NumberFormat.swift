import Foundation

/// How a number is written: the digit-group separator (if any) and the decimal mark.
public struct NumberStyle: Sendable, Equatable {
    /// Separator between groups of three integer digits, or nil for none.
    public var groupSeparator: Character? { didSet { bytes = Self.bytes(groupSeparator, decimalMark) } }
    /// The character between the integer and the fractional digits.
    public var decimalMark: Character { didSet { bytes = Self.bytes(groupSeparator, decimalMark) } }
    /// The two marks as single bytes, when both are ASCII (then numbers are written digit by
    /// digit); worked out once, since asking a `Character` is slow.
    private var bytes: (group: UInt8?, mark: UInt8)?
    /// The two marks as bytes, when both are ASCII.
    var marks: (group: UInt8?, mark: UInt8)? { bytes }

    /// Creates a style from its two marks.
    public init(groupSeparator: Character?, decimalMark: Character) {
        self.groupSeparator = groupSeparator
        self.decimalMark = decimalMark
        bytes = Self.bytes(groupSeparator, decimalMark)
    }

    private static func bytes(_ group: Character?, _ mark: Character) -> (group: UInt8?, mark: UInt8)? {
        guard let markByte = mark.asciiValue else { return nil }
        if let group {
            guard let groupByte = group.asciiValue else { return nil }
            return (groupByte, markByte)
        }
        return (nil, markByte)
    }

    /// Equal when the marks are.
    public static func == (left: NumberStyle, right: NumberStyle) -> Bool {
        left.groupSeparator == right.groupSeparator && left.decimalMark == right.decimalMark
    }

    /// Vietnamese documents: 1.234.567 and 21,51.
    public static let vietnamese = NumberStyle(groupSeparator: ".", decimalMark: ",")
    /// Machine-readable: 1234567 and 21.51.
    public static let plain = NumberStyle(groupSeparator: nil, decimalMark: ".")
    /// Spreadsheets set to Vietnamese: 1234567 and 21,51.
    public static let plainDecimalComma = NumberStyle(groupSeparator: nil, decimalMark: ",")

    /// Writes `value` rounded half up to exactly `decimals` fractional digits.
    /// A value that rounds to zero is written without a sign ("0", never "-0"); NaN is "-".
    /// Values below 10¹⁸ once scaled are written straight from their digits (tables of
    /// thousands of rows depend on it); larger ones through their decimal text.
    public func format(_ value: Decimal, decimals: Int = 0) -> String {
        guard !value.isNaN else { return "-" }
        let places = max(0, decimals)
        if let marks = bytes, let (magnitude, negative) = value.scaledMagnitude(places: places) {
            return write(magnitude: magnitude, negative: negative, fractionDigits: places, zeros: 0, marks: marks)
        }
        let scaled = Decimal(sign: .plus, exponent: places, significand: value.roundedHalfUp(places: places))
        guard !scaled.isNaN, scaled.magnitude < Self.exactLimit, let marks = bytes else {
            return formatThroughText(value, decimals: places)
        }
        let whole = NSDecimalNumber(decimal: scaled).int64Value
        return write(magnitude: whole.magnitude, negative: whole < 0, fractionDigits: places, zeros: 0, marks: marks)
    }

    /// Writes a whole number with `decimals` zero decimals: 1234567 → "1.234.567".
    public func format(_ value: Int, decimals: Int = 0) -> String {
        guard let marks = bytes else { return format(Decimal(value), decimals: decimals) }
        return write(magnitude: UInt64(value.magnitude), negative: value < 0, fractionDigits: 0, zeros: max(0, decimals), marks: marks)
    }

    /// Scaled values below this magnitude convert exactly to `Int64`.
    private static let exactLimit = Decimal(sign: .plus, exponent: 18, significand: 1)

    /// Writes `magnitude`, whose last `fractionDigits` digits are decimals, then `zeros` zero decimals.
    func write(magnitude: UInt64, negative: Bool, fractionDigits: Int, zeros: Int, marks: (group: UInt8?, mark: UInt8)) -> String {
        write(magnitude: magnitude, negative: negative, fractionDigits: fractionDigits, zeros: zeros, marks: marks) { length, fill in
            String(unsafeUninitializedCapacity: length, initializingUTF8With: fill)
        }
    }

    /// `write` into bytes: the number's UTF-8 appended to `bytes`.
    func append(magnitude: UInt64, negative: Bool, fractionDigits: Int, zeros: Int, marks: (group: UInt8?, mark: UInt8),
                to bytes: inout [UInt8]) {
        write(magnitude: magnitude, negative: negative, fractionDigits: fractionDigits, zeros: zeros, marks: marks) { length, fill in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { buffer in
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<fill(buffer)]))
            }
        }
    }

    /// The digits of `write`, given to `output` with their length and a function that fills a
    /// buffer of that length with them (and says how many it wrote).
    private func write<Result>(magnitude: UInt64, negative: Bool, fractionDigits: Int, zeros: Int, marks: (group: UInt8?, mark: UInt8),
                               output: (Int, (UnsafeMutableBufferPointer<UInt8>) -> Int) -> Result) -> Result {
        let (group, mark) = marks
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { digits in
            var count = 0
            var rest = magnitude
            repeat {
                digits[count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest > 0 || count <= fractionDigits
            let integerDigits = count - fractionDigits
            let length = (negative ? 1 : 0) + integerDigits + (group == nil ? 0 : (integerDigits - 1) / 3)
                + (fractionDigits + zeros > 0 ? 1 + fractionDigits + zeros : 0)
            return output(length) { out in
                var position = 0
                func put(_ byte: UInt8) {
                    out[position] = byte
                    position += 1
                }
                if negative { put(UInt8(ascii: "-")) }
                for index in stride(from: count - 1, through: fractionDigits, by: -1) {
                    put(digits[index])
                    let left = index - fractionDigits
                    if let group, left > 0, left % 3 == 0 { put(group) }
                }
                if fractionDigits + zeros > 0 { put(mark) }
                for index in stride(from: fractionDigits - 1, through: 0, by: -1) { put(digits[index]) }
                for _ in 0..<zeros { put(UInt8(ascii: "0")) }
                return position
            }
        }
    }

    /// The general path of `format`: through the value's decimal text, for any magnitude.
    func formatThroughText(_ value: Decimal, decimals: Int) -> String {
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

extension NumberStyle {
    /// Writes `value` rounded half up to exactly `decimals` fractional digits, straight from its
    /// integer: 2,125 with 2 decimals → "2,13", −0,005 → "-0,01", a value rounding to zero "0".
    public func format(_ value: FixedDecimal, decimals: Int = 0) -> String {
        let places = max(0, decimals)
        let rounded = value.roundedHalfUp(places: places)
        guard let marks else { return formatThroughText(rounded.decimal, decimals: places) }
        return write(magnitude: rounded.units.magnitude, negative: rounded.units < 0, fractionDigits: rounded.scale,
                     zeros: places - rounded.scale, marks: marks)
    }

    /// Appends the UTF-8 of `format(value, decimals:)` to `bytes`, without making a `String` of it.
    public func append(_ value: FixedDecimal, decimals: Int = 0, to bytes: inout [UInt8]) {
        let places = max(0, decimals)
        let rounded = value.roundedHalfUp(places: places)
        guard let marks else {
            bytes.append(contentsOf: formatThroughText(rounded.decimal, decimals: places).utf8)
            return
        }
        append(magnitude: rounded.units.magnitude, negative: rounded.units < 0, fractionDigits: rounded.scale,
               zeros: places - rounded.scale, marks: marks, to: &bytes)
    }
}
