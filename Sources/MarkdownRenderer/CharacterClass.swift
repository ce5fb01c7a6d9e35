/// Character tests shared by the block and inline parsers (CommonMark's definitions).
extension Character {
    /// A space or a tab: the blanks that may indent a line or follow a marker.
    var isBlank: Bool { self == " " || self == "\t" }

    /// ASCII punctuation: the characters a backslash may escape.
    var isASCIIPunctuation: Bool {
        guard let ascii = asciiValue else { return false }
        return (0x21...0x2F).contains(ascii) || (0x3A...0x40).contains(ascii)
            || (0x5B...0x60).contains(ascii) || (0x7B...0x7E).contains(ascii)
    }

    /// Unicode punctuation or symbol, for the flanking rules of `*` and `_`.
    var isPunctuationOrSymbol: Bool { isPunctuation || isSymbol }
}

/// Splits source text into lines at "\n", "\r\n" or "\r".
func sourceLines(_ text: String) -> [Substring] {
    text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
}

extension Substring {
    /// This text without leading spaces and tabs.
    var droppingLeadingBlanks: Substring { drop(while: \.isBlank) }

    /// This text without trailing spaces and tabs.
    var droppingTrailingBlanks: Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isBlank { end = index(before: end) }
        return self[startIndex..<end]
    }
}
