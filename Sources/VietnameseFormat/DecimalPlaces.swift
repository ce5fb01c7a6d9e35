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
}
