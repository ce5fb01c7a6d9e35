/// A named style of `styles.xml`, which an office can change in Word to restyle every document
/// the tool writes without touching the tool.
public struct WordStyle: Sendable, Equatable {
    /// What the style applies to.
    public enum Kind: String, Sendable {
        /// A paragraph style or a character (run) style.
        case paragraph, character
    }

    /// What it applies to.
    public var kind: Kind
    /// The id paragraphs and runs refer to ("Heading1").
    public var id: String
    /// The name Word shows ("heading 1", "Table text").
    public var name: String
    /// The style it inherits from, by id.
    public var basedOn: String?
    /// The style of the paragraph Word starts after this one when typing, by id.
    public var next: String?
    /// The default style of its kind (one per kind: "Normal").
    public var isDefault: Bool
    /// Paragraph formatting (ignored for a character style).
    public var paragraph: WordParagraphFormat
    /// Character formatting.
    public var run: WordRunFormat

    /// A style.
    public init(_ kind: Kind = .paragraph, id: String, name: String, basedOn: String? = nil, next: String? = nil,
                isDefault: Bool = false, paragraph: WordParagraphFormat = WordParagraphFormat(),
                run: WordRunFormat = WordRunFormat()) {
        self.kind = kind
        self.id = id
        self.name = name
        self.basedOn = basedOn
        self.next = next
        self.isDefault = isDefault
        self.paragraph = paragraph
        self.run = run
    }
}

/// A list definition of `numbering.xml`: one level, bulleted or numbered 1., 2., ….
public struct WordList: Sendable, Equatable {
    /// How items are marked.
    public enum Marker: Sendable, Equatable {
        /// A bullet character.
        case bullet(String)
        /// Arabic numbers followed by a dot.
        case decimal
    }

    /// How items are marked.
    public var marker: Marker
    /// The text's indentation and the marker's hanging indent, in twips.
    public var leftIndent: Int
    /// See `leftIndent`.
    public var hanging: Int

    /// A list.
    public init(marker: Marker, leftIndent: Int = 720, hanging: Int = 360) {
        self.marker = marker
        self.leftIndent = leftIndent
        self.hanging = hanging
    }
}
