/// A GFM pipe table: a header row, a delimiter row giving each column's alignment, and body rows.
public struct MarkdownTable: Equatable, Sendable {
    /// How a column's cells are aligned, from the delimiter row (`---`, `:--`, `:-:`, `--:`).
    public enum Alignment: Equatable, Sendable {
        /// No colon: the page's default.
        case none
        /// `:---`
        case left
        /// `:---:`
        case center
        /// `---:`
        case right
    }

    /// One alignment per column; its count is the table's column count.
    public var alignments: [Alignment]
    /// The header cells, one per column.
    public var header: [[MarkdownInline]]
    /// The body rows; each has exactly one cell per column (missing cells are empty, extra ones dropped).
    public var rows: [[[MarkdownInline]]]

    /// Creates a table from its parts.
    public init(alignments: [Alignment], header: [[MarkdownInline]], rows: [[[MarkdownInline]]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }
}
