/// Line starts that are plain text to our parser but structure to a CommonMark or GFM viewer, which
/// reads the Markdown documents we write: an ordered-list number our official numbering does not
/// cover ("2018. ", "1) "), and a line of `-` or `=` (a rule, or the underline of a heading).
enum CommonMarkLineStart {
    /// Where a backslash must go so that `body` (a line without leading blanks) stays text in a
    /// CommonMark viewer, or nil when it already does.
    static func escapeIndex(in body: Substring) -> Substring.Index? {
        let digits = body.prefix(while: { $0.isASCII && $0.isNumber })
        if (1...9).contains(digits.count), digits.endIndex < body.endIndex,
           body[digits.endIndex] == "." || body[digits.endIndex] == ")" {
            let after = body.index(after: digits.endIndex)
            if after == body.endIndex || body[after].isBlank { return digits.endIndex }
        }
        if let first = body.first, first == "-" || first == "=",
           body.allSatisfy({ $0 == first || $0.isBlank }) {
            return body.startIndex
        }
        return nil
    }
}
