/// A parsed Markdown narrative: its blocks in source order, ready for any writer.
///
/// Parsing never fails: whatever is not recognised as structure is kept as text. The syntax is the
/// part of Markdown that official texts use:
///
/// **Blocks.** A blank line ends a block. Leading spaces and tabs never matter (no indented code).
/// - `#` … `######` headings (closing `#`s removed).
/// - Paragraphs: consecutive lines, joined by a space.
/// - Official numbering, kept literally (never renumbered): a line starting with a Roman numeral
///   "I." … "XXXIX.", an arabic number "1." … "999." (also "1.1.", "2.3.1."), a letter "a)" … "z)" or
///   "đ)", a dash "-" or a plus "+", followed by a space, a tab or the end of the line, is an
///   `OfficialItem`. A year ("2018. …") or "1.234.567" is not a marker.
/// - `* ` entries make a bullet list; entries separated only by blank lines stay in one list.
/// - A line with an unescaped `|` followed by a delimiter row (`|---|:--:|--:|`) with as many cells
///   starts a table; it runs while its lines contain an unescaped `|` and start no other block.
///
/// **Continuation.** A heading line, a marker line and a table header always start a new block, even
/// right below a text line ("I. MỤC TIÊU" then "1. Mục tiêu chung" are two items). Any other
/// non-blank line continues the open paragraph, item or list entry (joined by a space); after a
/// heading or a table it starts a paragraph. To begin a line with marker-like text, escape it:
/// `2018\.`, `a\)`, `\-`.
///
/// **Inline.** `*em*`, `_em_`, `**strong**`, `__strong__` (CommonMark flanking rules: `_` inside a
/// word such as `snake_case` is literal), `` `code` ``, backslash escapes of ASCII punctuation, hard
/// breaks (two trailing spaces or a trailing backslash), and `[text](url "title")` when `LinkPolicy`
/// allows the URL (otherwise the source stays as text). Everything else, raw HTML and `&` included,
/// is literal text, escaped by the HTML writer.
public struct MarkdownDocument: Equatable, Sendable {
    /// The blocks of the document, in source order.
    public var blocks: [MarkdownBlock]

    /// Creates a document from blocks built by hand.
    public init(blocks: [MarkdownBlock]) {
        self.blocks = blocks
    }

    /// Parses Markdown source (any line endings) into its blocks.
    public init(parsing source: String) {
        self.blocks = BlockParser.parse(source)
    }

    /// This document as an HTML fragment, written by a default `MarkdownHTMLWriter`.
    public func html() -> String {
        MarkdownHTMLWriter().write(self)
    }

    /// This document as normalised Markdown, written by `MarkdownSourceWriter`.
    public func markdown() -> String {
        MarkdownSourceWriter().write(self)
    }
}
