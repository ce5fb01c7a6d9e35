import Foundation

/// Why a cell could not be read as a number.
public enum NumberReadingError: Error, Sendable, Hashable {
    /// The text is not a number in any accepted form (letters, "1.2.3", an empty cell, "4 5").
    case notANumber
    /// The number has more than 30 significant digits, or more decimals than `Decimal` holds.
    case tooLarge
}

/// Reads numbers as people type them in Vietnamese and English spreadsheets, exactly, into `Decimal`.
///
/// Both readers skip spaces around the number and accept one leading sign (`-`, `−` U+2212 or
/// `+`). Between digits they accept `.`, `,` and spaces (a space, U+00A0 or U+202F), as follows:
///
/// - Digit groups: marks of one kind between a first group of 1–3 digits (not starting with 0)
///   and further groups of exactly 3 digits are thousands separators: `4.466`, `4,466`,
///   `4 466`, `12,345,678`.
/// - Both `.` and `,` (or a space and one of them): the last mark is the decimal mark, used once,
///   and the marks before it group in threes: `1.234,5`, `1,234.5`, `1 234,56`.
/// - A space is never a decimal mark; `.` and `,` need digits on both sides.
/// - More than 30 significant digits → `.tooLarge`, never a rounded value.
public enum NumberReading {
    /// A count column: `4466`, `4.466`, `4,466`, `4 466` → 4466; `12,345,678` → 12345678.
    /// A single `.` or `,` that does not group in threes is a decimal mark (`4,5` → 4.5,
    /// `1.2345` → 1.2345), so the caller can report a fractional count; `1.234,5` → 1234.5;
    /// `1.2.3` → `.notANumber`.
    public static func count(_ text: some StringProtocol) throws(NumberReadingError) -> Decimal {
        try countWithPlaces(text).value
    }

    /// A count typed plainly — digits, grouped in threes or not: `4466`, `4.466`, `12,345,678` —
    /// as an integer, read without any `Decimal` work (a data file has hundreds of thousands of
    /// them); nil for anything else, which `count(_:)` then reads (a sign, spaces, decimals, more
    /// than 18 digits, or not a number). When not nil, it is the value `count(_:)` gives.
    /// A `String`, not any `StringProtocol`: a generic function is not specialised for the
    /// caller's type across modules, and read unspecialised a cell cost nearly three times as much.
    public static func plainWholeCount(_ text: String) -> UInt64? {
        PlainNumber.wholeCount(text)
    }

    /// `plainWholeCount(_:)` of the text whose UTF-8 bytes are `bytes` (a cell read without
    /// making its `String`).
    public static func plainWholeCount(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        PlainNumber.wholeCount(bytes)
    }

    /// A rate or percent column: `21,51` and `21.51` → 21.51; a single `.` or `,` is the decimal
    /// mark (`1.234` → 1.234); with both marks the last is (`1.234,56` → 1234.56); several marks
    /// of one kind group in threes (`1.234.567`). A trailing `%` is allowed and ignored.
    public static func decimal(_ text: some StringProtocol) throws(NumberReadingError) -> Decimal {
        try decimalWithPlaces(text).value
    }
}
