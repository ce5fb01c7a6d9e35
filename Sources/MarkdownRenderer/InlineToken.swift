/// A piece of inline content as the scanner finds it, before emphasis is resolved and the tree is built.
enum InlineToken {
    /// Literal text.
    case text(String)
    /// A code span's content.
    case code(String)
    /// A hard line break.
    case lineBreak
    /// A run of `*` or `_`: an index into `DelimiterStack.runs`.
    case delimiters(Int)
    /// A `[` that may still become the start of a link; written "[" otherwise.
    case bracket
    /// The start of a link whose `]` and destination were found.
    case linkStart(destination: String, title: String?)
    /// The end of a link.
    case linkEnd
}
