import Foundation

/// The quick reading of the cells most tables are made of — `4466`, `4.466`, `12,345,678`,
/// `21,51` — straight from their UTF-8 bytes, with no arrays: only ASCII digits and at most
/// one kind of mark (`.` or `,`), no sign, no spaces, at most 18 significant digits. Anything
/// else is nil, and `NumberText` reads it (with the same result for what this reads).
enum PlainNumber {
    /// The value and the digits after the decimal mark of `text`, as `count(_:)` (`percent`
    /// false) or `decimal(_:)` (`percent` true, without a `%`) read it; nil when `text` is not
    /// a plain number.
    static func read(_ text: some StringProtocol, percent: Bool) -> (value: Decimal, places: Int)? {
        guard let parts = parts(of: text) else { return nil }
        let places: Int
        if parts.marks == 0 {
            places = 0
        } else if parts.groupedInThrees && (!percent || parts.marks > 1) {
            // "4.466" in a count, "1.234.567" anywhere: thousands separators.
            places = 0
        } else {
            // A single mark that is not (or, in a rate, even if it is) a thousands separator
            // is the decimal mark; several that do not group in threes are not a number.
            guard parts.marks == 1 else { return nil }
            places = parts.lastGroup
        }
        return (value(parts, places: places), places)
    }

    /// The whole number `text` is as a count (`count(_:)` reads it with no decimals): digits,
    /// grouped in threes or not; nil when it is not a plain number or has decimals.
    static func wholeCount(_ text: some StringProtocol) -> UInt64? {
        parts(of: text).flatMap(wholeCount)
    }

    /// `wholeCount(_:)` of the text whose UTF-8 bytes are `bytes`.
    static func wholeCount(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        digits(bytes) ?? parts(of: bytes).flatMap(wholeCount)
    }

    /// The number a text of 1 to 18 ASCII digits and nothing else is (nearly every cell of a
    /// data file), read in one pass; nil for any other text, whose parts are read instead.
    static func digits(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var value: UInt64 = 0
        for byte in bytes {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value &* 10 &+ UInt64(digit)
        }
        return value
    }

    /// The whole number `parts` are as a count; nil when they have decimals.
    private static func wholeCount(_ parts: Parts) -> UInt64? {
        parts.marks == 0 || parts.groupedInThrees ? parts.magnitude : nil
    }

    /// The digits of a plain number, as one integer, with how they group.
    private struct Parts {
        /// The digits as one integer (marks left out).
        var magnitude: UInt64 = 0
        /// How many marks there are.
        var marks = 0
        /// Digits in the last group.
        var lastGroup = 0
        /// True when the groups are thousands groups: the first of 1–3 digits not starting with
        /// 0, every other of exactly 3.
        var groupedInThrees = true
    }

    /// The parts of `text`; nil when it is not a plain number.
    private static func parts(of text: some StringProtocol) -> Parts? {
        text.utf8.withContiguousStorageIfAvailable { parts(of: $0) }
            ?? Array(text.utf8).withUnsafeBufferPointer { parts(of: $0) }
    }

    /// The parts of `bytes`; nil when they are not a plain number.
    private static func parts(of bytes: UnsafeBufferPointer<UInt8>) -> Parts? {
        // 18 significant digits and their marks fit in 24 bytes; longer cells take the long way.
        guard !bytes.isEmpty, bytes.count <= 24 else { return nil }
        var parts = Parts()
        var mark: UInt8 = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if parts.marks == 0 && parts.lastGroup == 0 && byte == UInt8(ascii: "0") { parts.groupedInThrees = false }
                parts.magnitude = parts.magnitude &* 10 &+ UInt64(byte &- UInt8(ascii: "0"))
                parts.lastGroup += 1
            case UInt8(ascii: "."), UInt8(ascii: ","):
                guard parts.lastGroup > 0, mark == 0 || mark == byte else { return nil }
                let isThousands = parts.marks == 0 ? parts.lastGroup <= 3 : parts.lastGroup == 3
                parts.groupedInThrees = parts.groupedInThrees && isThousands
                mark = byte
                parts.marks += 1
                parts.lastGroup = 0
            default:
                return nil
            }
        }
        guard parts.lastGroup > 0 else { return nil }
        if parts.marks > 0 && parts.lastGroup != 3 { parts.groupedInThrees = false }
        // At most 18 digits in all, so the magnitude cannot overflow and has at most 18 significant digits.
        guard bytes.count - parts.marks <= 18 else { return nil }
        return parts
    }

    /// The exact value of `parts` with `places` digits after the decimal mark, built as
    /// `ExactDecimal` builds it: trailing zeros after the mark dropped, zero as 0.
    private static func value(_ parts: Parts, places: Int) -> Decimal {
        var magnitude = parts.magnitude
        guard magnitude != 0 else { return 0 }
        var scale = places
        while scale > 0 && magnitude % 10 == 0 {
            magnitude /= 10
            scale -= 1
        }
        return Decimal(magnitude: magnitude, negative: false, scale: scale)
    }
}
