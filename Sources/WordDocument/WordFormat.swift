/// How a paragraph is set out, shared by paragraphs and paragraph styles; nil means "as the style
/// (or the document's defaults) says". Lengths are in twentieths of a point (twips).
public struct WordParagraphFormat: Sendable, Equatable {
    /// Horizontal alignment (`w:jc`).
    public enum Alignment: String, Sendable {
        /// Flush left, centred, flush right.
        case left, center, right
        /// Justified.
        case both
    }

    /// A single line drawn along one edge of the paragraph (`w:pBdr`), as long as the paragraph
    /// is wide after its indentation: the short rules under a document's headings.
    public enum Rule: String, Sendable {
        /// Along the top or the bottom edge.
        case top, bottom
    }

    /// Keeps the paragraph on the page of the next one (headings).
    public var keepWithNext: Bool?
    /// Starts the paragraph on a new page.
    public var pageBreakBefore: Bool?
    /// A line along one edge.
    public var rule: Rule?
    /// Space before, in twips.
    public var spaceBefore: Int?
    /// Space after, in twips.
    public var spaceAfter: Int?
    /// Line spacing in 240ths of a line (240 = single, 360 = one and a half).
    public var lineSpacing: Int?
    /// The left indent, in twips.
    public var leftIndent: Int?
    /// The right indent, in twips.
    public var rightIndent: Int?
    /// The first line's indent (negative: hanging), in twips.
    public var firstLine: Int?
    /// The alignment.
    public var alignment: Alignment?
    /// The level in Word's navigation pane and table of contents (0 for the top), or nil for
    /// body text (`w:outlineLvl`).
    public var outlineLevel: Int?

    /// A format with the given settings, the others inherited.
    public init(keepWithNext: Bool? = nil, pageBreakBefore: Bool? = nil, rule: Rule? = nil, spaceBefore: Int? = nil,
                spaceAfter: Int? = nil, lineSpacing: Int? = nil, leftIndent: Int? = nil, rightIndent: Int? = nil,
                firstLine: Int? = nil, alignment: Alignment? = nil, outlineLevel: Int? = nil) {
        self.keepWithNext = keepWithNext
        self.pageBreakBefore = pageBreakBefore
        self.rule = rule
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.lineSpacing = lineSpacing
        self.leftIndent = leftIndent
        self.rightIndent = rightIndent
        self.firstLine = firstLine
        self.alignment = alignment
        self.outlineLevel = outlineLevel
    }
}

/// How the characters of a run look, shared by runs and styles; nil means inherited.
public struct WordRunFormat: Sendable, Equatable {
    /// The font for every script (`w:rFonts` ascii, hAnsi, cs, eastAsia).
    public var font: String?
    /// Bold.
    public var bold: Bool?
    /// Italic.
    public var italic: Bool?
    /// Shown in capitals, the text itself unchanged (`w:caps`).
    public var capitals: Bool?
    /// The size in half-points (28 = 14 pt).
    public var halfPoints: Int?
    /// A single underline.
    public var underline: Bool?

    /// A format with the given settings, the others inherited.
    public init(font: String? = nil, bold: Bool? = nil, italic: Bool? = nil, capitals: Bool? = nil,
                halfPoints: Int? = nil, underline: Bool? = nil) {
        self.font = font
        self.bold = bold
        self.italic = italic
        self.capitals = capitals
        self.halfPoints = halfPoints
        self.underline = underline
    }

    /// True when nothing is set (field by field: a run of every table cell asks; a new field
    /// belongs here too).
    var isEmpty: Bool {
        font == nil && bold == nil && italic == nil && capitals == nil && halfPoints == nil && underline == nil
    }
}
