/// One element of a compiled template.
enum TemplateNode: Sendable {
    /// Literal text.
    case text(TextChunk)
    /// Where the first line of a body (a template or a block's content) begins; the current
    /// indentation goes here only when the body is expanded on a standalone line.
    case firstLineIndent
    /// `{{expression}}`, `{{{expression}}}` or `{{&expression}}`.
    case value(ValueTag)
    /// `{{#name}}…{{/name}}` or `{{^name}}…{{/name}}`.
    case section(SectionTag)
    /// `{{>name}}` or `{{>*name}}`.
    case partial(PartialTag)
    /// `{{<name}}{{$block}}…{{/block}}{{/name}}`.
    case parent(ParentTag)
    /// `{{$name}}default{{/name}}`, outside a parent tag.
    case block(BlockTag)
}

/// Literal text, with the offsets at which a new template line starts: the current indentation
/// (of the partials around it) is written there.
struct TextChunk: Sendable {
    /// The UTF-8 bytes.
    let bytes: [UInt8]
    /// Offsets into `bytes` (possibly `bytes.count`) where the indentation goes, ascending.
    let indentOffsets: [Int]
}

/// A value tag.
struct ValueTag: Sendable {
    /// What to write.
    let expression: TemplateExpression
    /// False for `{{{…}}}` and `{{&…}}`.
    let escaped: Bool
}

/// A section or inverted section.
struct SectionTag: Sendable {
    /// The name whose value decides.
    let name: TemplateName
    /// True for `{{^name}}`: rendered once when the value is falsy.
    let inverted: Bool
    /// The content.
    let nodes: [TemplateNode]
}

/// How a partial or parent is named: fixed, or `*name` looked up in the context.
enum PartialName: Sendable {
    /// A fixed template name.
    case fixed(String)
    /// A dynamic name: the text value of a name in the context.
    case dynamic(TemplateName)
}

/// A partial tag.
struct PartialTag: Sendable {
    /// The template to include.
    let name: PartialName
    /// The indentation of a standalone tag, added to each line; nil when inline.
    let indentation: [UInt8]?
    /// Where the tag starts.
    let offset: Int
}

/// A parent tag with the blocks it overrides.
struct ParentTag: Sendable {
    /// The template to expand.
    let name: PartialName
    /// The indentation of a standalone tag; nil when inline.
    let indentation: [UInt8]?
    /// The content given for each block name.
    let overrides: [String: TemplateBody]
    /// Where the tag starts.
    let offset: Int
}

/// A block: a replaceable part of a template with its default content.
struct BlockTag: Sendable {
    /// The block's name.
    let name: String
    /// The content used when no parent tag overrides it.
    let defaultContent: TemplateBody
    /// The indentation for the content when the block stands alone; nil when inline.
    let indentation: [UInt8]?
}

/// A sequence of nodes that starts a body of its own — a whole template or a block's content —
/// and the file it was written in, for messages.
struct TemplateBody: Sendable {
    /// The nodes.
    let nodes: [TemplateNode]
    /// The file the nodes come from.
    let source: SourceFile
}
