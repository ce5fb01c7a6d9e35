import Foundation

extension NumberReading {
    /// How many digits a count shows after its decimal mark, read as `count(_:)` reads it:
    /// "4.466" → 0, "218,75" → 2, "1.234,5" → 1.
    public static func countPlaces(_ text: some StringProtocol) throws(NumberReadingError) -> Int {
        try NumberText(Substring(text), percentAllowed: false).fractionDigits(singleMarkGroups: true)
    }

    /// How many digits a rate shows after its decimal mark, read as `decimal(_:)` reads it:
    /// "21,510" → 3, "21.51" → 2, "15%" → 0, "1.234.567" → 0. Trailing zeros count: they were shown.
    public static func decimalPlaces(_ text: some StringProtocol) throws(NumberReadingError) -> Int {
        try NumberText(Substring(text), percentAllowed: true).fractionDigits(singleMarkGroups: false)
    }

    /// `count(_:)` and `countPlaces(_:)` from one reading of the text (a table of 100.000 rows reads
    /// a million cells).
    public static func countWithPlaces(_ text: some StringProtocol) throws(NumberReadingError) -> (value: Decimal, places: Int) {
        try withPlaces(text, percent: false)
    }

    /// `decimal(_:)` and `decimalPlaces(_:)` from one reading of the text.
    public static func decimalWithPlaces(_ text: some StringProtocol) throws(NumberReadingError) -> (value: Decimal, places: Int) {
        try withPlaces(text, percent: true)
    }

    /// A count (`percent` false) or a rate and the digits it shows after its mark, plain cells read
    /// quickly.
    public static func withPlaces(_ text: some StringProtocol, percent: Bool) throws(NumberReadingError) -> (value: Decimal, places: Int) {
        if let plain = PlainNumber.read(text, percent: percent) { return plain }
        return try withPlacesInFull(text, percent: percent)
    }

    /// `withPlaces(_:percent:)` without the quick reading of plain cells.
    static func withPlacesInFull(_ text: some StringProtocol, percent: Bool) throws(NumberReadingError) -> (value: Decimal, places: Int) {
        let number = try NumberText(Substring(text), percentAllowed: percent)
        // A count reads "1.234" as grouped; a rate reads one mark as its decimal mark.
        let places = try number.fractionDigits(singleMarkGroups: !percent)
        return (try number.value(fractionDigits: places), places)
    }
}
