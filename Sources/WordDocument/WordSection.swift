/// A block of a section's body: a paragraph or a table.
public enum WordBlock: Sendable, Equatable {
    /// A paragraph.
    case paragraph(WordParagraph)
    /// A table.
    case table(WordTable)
}

/// A section: pages of one size, orientation, margins and page numbering, and the blocks on them.
/// Each section after the first starts on a new page.
public struct WordSection: Sendable, Equatable {
    /// Portrait A4 is 11906 × 16838 twips; landscape swaps them (and says so in `w:orient`).
    public enum Orientation: String, Sendable {
        /// Upright, or turned on its side.
        case portrait, landscape
    }

    /// Where the page number shows: a centred PAGE field in the page header.
    public enum PageNumbers: Sendable, Equatable {
        /// No page numbers.
        case none
        /// On every page but the section's first (`w:titlePg` with an empty first-page header).
        case fromSecondPage
        /// On every page.
        case everyPage
    }

    /// The page margins, in twips.
    public struct Margins: Sendable, Equatable {
        /// The top, bottom, left and right margins.
        public var top: Int
        /// See `top`.
        public var bottom: Int
        /// See `top`.
        public var left: Int
        /// See `top`.
        public var right: Int
        /// From the page's top edge to the header's text.
        public var header: Int

        /// Margins.
        public init(top: Int, bottom: Int, left: Int, right: Int, header: Int = 567) {
            self.top = top
            self.bottom = bottom
            self.left = left
            self.right = right
            self.header = header
        }
    }

    /// A4, portrait: width and height in twips.
    public static let a4 = (width: 11906, height: 16838)

    /// Portrait or landscape.
    public var orientation: Orientation
    /// The margins.
    public var margins: Margins
    /// Where the page numbers show.
    public var pageNumbers: PageNumbers
    /// Numbers the section's pages from 1 (`w:pgNumType w:start="1"`), rather than going on
    /// from the section before.
    public var restartsPageNumbers: Bool
    /// The content.
    public var blocks: [WordBlock]

    /// A section.
    public init(orientation: Orientation = .portrait, margins: Margins, pageNumbers: PageNumbers = .fromSecondPage,
                restartsPageNumbers: Bool = false, blocks: [WordBlock] = []) {
        self.orientation = orientation
        self.margins = margins
        self.pageNumbers = pageNumbers
        self.restartsPageNumbers = restartsPageNumbers
        self.blocks = blocks
    }

    /// The page's width and height in twips, swapped for landscape.
    public var pageSize: (width: Int, height: Int) {
        orientation == .portrait ? Self.a4 : (Self.a4.height, Self.a4.width)
    }

    /// The width between the margins, in twips.
    public var textWidth: Int { pageSize.width - margins.left - margins.right }
}
