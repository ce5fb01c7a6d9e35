/// A table: column widths, borders or none, and rows of cells that may span columns or merge
/// down rows. Its layout is fixed: the widths are the widths.
public struct WordTable: Sendable, Equatable {
    /// The width of each grid column, in twips.
    public var columnWidths: [Int]
    /// Single lines around and between every cell, or none at all.
    public var hasBorders: Bool
    /// The table's place between the margins.
    public var alignment: WordParagraphFormat.Alignment
    /// Space left and right inside each cell, in twips.
    public var cellPadding: Int
    /// The rows; header rows first.
    public var rows: [WordTableRow]

    /// A table.
    public init(columnWidths: [Int], hasBorders: Bool = true, alignment: WordParagraphFormat.Alignment = .center,
                cellPadding: Int = 57, rows: [WordTableRow] = []) {
        self.columnWidths = columnWidths
        self.hasBorders = hasBorders
        self.alignment = alignment
        self.cellPadding = cellPadding
        self.rows = rows
    }
}

/// A table row.
public struct WordTableRow: Sendable, Equatable {
    /// A heading row, repeated at the top of every page the table runs onto (`w:tblHeader`); only
    /// the table's leading rows may be heading rows.
    public var isHeader: Bool
    /// Never split across a page break (`w:cantSplit`).
    public var keepTogether: Bool
    /// The cells, left to right; their spans add up to the table's column count.
    public var cells: [WordTableCell]

    /// A row.
    public init(isHeader: Bool = false, keepTogether: Bool = true, cells: [WordTableCell]) {
        self.isHeader = isHeader
        self.keepTogether = keepTogether
        self.cells = cells
    }
}

/// A table cell.
public struct WordTableCell: Sendable, Equatable {
    /// Where a cell stands in a vertical merge (`w:vMerge`).
    public enum VerticalMerge: String, Sendable {
        /// The top cell of the merged block: it holds the content.
        case restart
        /// A cell under it, covered by it (its own content is not shown).
        case `continue`
    }

    /// Vertical alignment of the content (`w:vAlign`).
    public enum VerticalAlignment: String, Sendable {
        /// At the top, in the middle, at the bottom.
        case top, center, bottom
    }

    /// What a cell holds: paragraphs, or the common case of a long table's cell — one paragraph
    /// of one run of one text — kept as its parts, so that thousands of cells cost no arrays.
    enum Content: Sendable, Equatable {
        case paragraphs([WordParagraph])
        case text(style: String?, format: WordRunFormat, text: String)
    }

    /// Grid columns spanned (`w:gridSpan`), 1 or more.
    public var columnSpan: Int
    /// Its place in a vertical merge, or nil.
    public var verticalMerge: VerticalMerge?
    /// Vertical alignment, or nil for the top.
    public var verticalAlignment: VerticalAlignment?
    /// The content as it was given.
    var content: Content

    /// The content; an empty cell still gets one empty paragraph, as the schema requires.
    public var paragraphs: [WordParagraph] {
        get {
            switch content {
            case .paragraphs(let paragraphs):
                return paragraphs
            case .text(let style, let format, let text):
                return [WordParagraph(style: style, runs: [WordRun(style: nil, format: format, pieces: [.text(text)])])]
            }
        }
        set { content = .paragraphs(newValue) }
    }

    /// A cell.
    public init(columnSpan: Int = 1, verticalMerge: VerticalMerge? = nil, verticalAlignment: VerticalAlignment? = nil,
                paragraphs: [WordParagraph]) {
        self.columnSpan = max(1, columnSpan)
        self.verticalMerge = verticalMerge
        self.verticalAlignment = verticalAlignment
        content = .paragraphs(paragraphs)
    }

    /// A cell of one paragraph in `style` holding one run of `text` (its line feeds and tabs
    /// kept as characters) in `format`: the same cell as `paragraphs: [WordParagraph(style:
    /// style, runs: [WordRun(format: format, pieces: [.text(text)])])]`, without the arrays.
    public init(style: String?, text: String, format: WordRunFormat = WordRunFormat()) {
        columnSpan = 1
        verticalMerge = nil
        verticalAlignment = nil
        content = .text(style: style, format: format, text: text)
    }

    /// Cells are equal when they show the same: a text cell equals the paragraphs it stands for.
    public static func == (left: WordTableCell, right: WordTableCell) -> Bool {
        guard left.columnSpan == right.columnSpan, left.verticalMerge == right.verticalMerge,
              left.verticalAlignment == right.verticalAlignment else { return false }
        if left.content == right.content { return true }
        return left.paragraphs == right.paragraphs
    }
}
