/// A paragraph: a named style, direct formatting over it, and its runs of text.
public struct WordParagraph: Sendable, Equatable {
    /// The id of a paragraph style in the document's styles, or nil for the default ("Normal").
    public var style: String?
    /// Formatting over the style's.
    public var format: WordParagraphFormat
    /// The list it is an item of, if any.
    public var list: WordListItem?
    /// The runs.
    public var runs: [WordRun]

    /// A paragraph.
    public init(style: String? = nil, format: WordParagraphFormat = WordParagraphFormat(), list: WordListItem? = nil,
                runs: [WordRun] = []) {
        self.style = style
        self.format = format
        self.list = list
        self.runs = runs
    }

    /// A paragraph of one plain run of `text`.
    public init(style: String?, text: String) {
        self.init(style: style, runs: text.isEmpty ? [] : [WordRun(text)])
    }

    /// The paragraph's text: runs joined, a tab as "\t", a line break as "\n".
    public var text: String {
        runs.map(\.text).joined()
    }
}

/// A paragraph's place in a list: which list (an index into `WordDocument.lists`) and its level.
public struct WordListItem: Sendable, Equatable {
    /// The index of the list in `WordDocument.lists`.
    public var list: Int
    /// The level, 0 for the outermost.
    public var level: Int

    /// An item of `list` at `level`.
    public init(list: Int, level: Int = 0) {
        self.list = list
        self.level = level
    }
}

/// A run: text with one look.
public struct WordRun: Sendable, Equatable {
    /// One piece of a run's content.
    public enum Piece: Sendable, Equatable {
        /// Text; its spaces are kept as written.
        case text(String)
        /// A tab character.
        case tab
        /// A line break inside the paragraph.
        case lineBreak
    }

    /// The id of a character style, or nil.
    public var style: String?
    /// Formatting over the style's.
    public var format: WordRunFormat
    /// The content.
    public var pieces: [Piece]

    /// A run of pieces.
    public init(style: String? = nil, format: WordRunFormat = WordRunFormat(), pieces: [Piece]) {
        self.style = style
        self.format = format
        self.pieces = pieces
    }

    /// A run of `text`, its line feeds as line breaks and its tabs as tabs.
    public init(_ text: String, format: WordRunFormat = WordRunFormat()) {
        var pieces: [Piece] = []
        var current = ""
        for character in text {
            guard character == "\n" || character == "\t" else { current.append(character); continue }
            if !current.isEmpty { pieces.append(.text(current)) }
            current = ""
            pieces.append(character == "\n" ? .lineBreak : .tab)
        }
        if !current.isEmpty { pieces.append(.text(current)) }
        self.init(format: format, pieces: pieces)
    }

    /// The run's text, a tab as "\t" and a line break as "\n".
    public var text: String {
        pieces.map { piece in
            switch piece {
            case .text(let text): text
            case .tab: "\t"
            case .lineBreak: "\n"
            }
        }.joined()
    }
}
