/// The kinds of Mustache tag.
enum TagKind: Equatable {
    /// `{{name}}`, escaped.
    case value
    /// `{{{name}}}` or `{{&name}}`, never escaped.
    case unescaped
    /// `{{#name}}`.
    case section
    /// `{{^name}}`.
    case inverted
    /// `{{/name}}`.
    case close
    /// `{{! … }}`.
    case comment
    /// `{{>name}}`.
    case partial
    /// `{{<name}}`, a parent template whose blocks this tag's content overrides.
    case parent
    /// `{{$name}}`, a block: a replaceable part with default content.
    case block
    /// `{{=<% %>=}}`.
    case delimiters

    /// Tags that may stand alone on a line, which then disappears from the output.
    var canStandAlone: Bool { self != .value && self != .unescaped }

    /// Tags that open a part closed by `{{/name}}`.
    var opensPart: Bool { self == .section || self == .inverted || self == .parent || self == .block }
}

/// One piece of a template's text as the lexer cuts it: text without line breaks, a line break, or
/// a tag. All text is kept as byte ranges into the source. The standalone-line pass fills in the
/// flags the parser reads.
struct TemplatePiece {
    /// What the piece is.
    enum Kind: Equatable {
        case text
        case lineBreak
        case tag(TagKind)
    }

    /// What the piece is.
    var kind: Kind
    /// The bytes of a text or line break; the whole tag, delimiters included.
    var range: Range<Int>
    /// A tag's content between sigil and closing delimiter, without surrounding whitespace.
    var content: Range<Int>
    /// True for the whitespace and line break of a standalone line: they are not output.
    var omitted = false
    /// True for a tag standing alone on its line.
    var standalone = false
    /// The whitespace before a standalone tag: the indentation of a partial, parent or block.
    var indentation: Range<Int>
    /// For a standalone block: the indentation common to its lines, removed from them.
    var blockIndentation: Range<Int>?

    /// A text or line break piece.
    init(_ kind: Kind, range: Range<Int>) {
        self.kind = kind
        self.range = range
        content = range
        indentation = range.lowerBound..<range.lowerBound
    }

    /// A tag piece.
    init(tag: TagKind, range: Range<Int>, content: Range<Int>) {
        kind = .tag(tag)
        self.range = range
        self.content = content
        indentation = range.lowerBound..<range.lowerBound
    }

    /// The tag's kind, or nil for text and line breaks.
    var tagKind: TagKind? {
        if case .tag(let kind) = kind { return kind }
        return nil
    }
}
