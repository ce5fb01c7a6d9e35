/// One block of a narrative: a heading, a paragraph, an officially numbered item, a bullet list or a table.
public enum MarkdownBlock: Equatable, Sendable {
    /// An ATX heading (`#` … `######`); `level` is 1...6.
    case heading(level: Int, content: [MarkdownInline])
    /// Ordinary running text; its source lines are joined by spaces.
    case paragraph([MarkdownInline])
    /// A line that starts with official numbering ("I.", "1.", "a)", "-", "+"), kept as written.
    case item(OfficialItem)
    /// A CommonMark bullet list written with `*`; one entry per list item.
    case bulletList([[MarkdownInline]])
    /// A GFM pipe table.
    case table(MarkdownTable)
}

/// A block that begins with an official numbering marker which must never be renumbered.
public struct OfficialItem: Equatable, Sendable {
    /// What kind of numbering the marker is.
    public var kind: ItemKind
    /// The marker exactly as written in the source, e.g. "IV.", "10.", "đ)", "-".
    public var marker: String
    /// The text after the marker, continuation lines included.
    public var content: [MarkdownInline]

    /// Creates an item from its parts.
    public init(kind: ItemKind, marker: String, content: [MarkdownInline]) {
        self.kind = kind
        self.marker = marker
        self.content = content
    }
}
