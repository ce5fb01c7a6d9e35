/// One element of a compiled template. The payloads are immutable classes, so visiting a node
/// while rendering costs a single reference count.
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
final class TextChunk: Sendable {
    /// The UTF-8 bytes.
    let bytes: [UInt8]
    /// Offsets into `bytes` (possibly `bytes.count`) where the indentation goes, ascending.
    let indentOffsets: [Int]

    init(bytes: [UInt8], indentOffsets: [Int]) {
        self.bytes = bytes
        self.indentOffsets = indentOffsets
    }
}

/// A value tag.
final class ValueTag: Sendable {
    /// What to write.
    let expression: TemplateExpression
    /// False for `{{{…}}}` and `{{&…}}`.
    let escaped: Bool
    /// The name, when the expression is a plain name (no formatter): read without unpacking
    /// the expression on every render.
    let name: TemplateName?

    init(expression: TemplateExpression, escaped: Bool) {
        self.expression = expression
        self.escaped = escaped
        if case .name(let name) = expression { self.name = name } else { name = nil }
    }
}

/// A section or inverted section.
final class SectionTag: Sendable {
    /// The name whose value decides.
    let name: TemplateName
    /// True for `{{^name}}`: rendered once when the value is falsy.
    let inverted: Bool
    /// The content.
    let nodes: [TemplateNode]

    init(name: TemplateName, inverted: Bool, nodes: [TemplateNode]) {
        self.name = name
        self.inverted = inverted
        self.nodes = nodes
    }
}

/// How a partial or parent is named: fixed, or `*name` looked up in the context.
enum PartialName: Sendable {
    /// A fixed template name.
    case fixed(String)
    /// A dynamic name: the text value of a name in the context.
    case dynamic(TemplateName)
}

/// A partial tag.
final class PartialTag: Sendable {
    /// The template to include.
    let name: PartialName
    /// The indentation of a standalone tag, added to each line; nil when inline.
    let indentation: [UInt8]?
    /// Where the tag starts.
    let offset: Int

    init(name: PartialName, indentation: [UInt8]?, offset: Int) {
        self.name = name
        self.indentation = indentation
        self.offset = offset
    }
}

/// A parent tag with the blocks it overrides.
final class ParentTag: Sendable {
    /// The template to expand.
    let name: PartialName
    /// The indentation of a standalone tag; nil when inline.
    let indentation: [UInt8]?
    /// The content given for each block name.
    let overrides: [String: TemplateBody]
    /// Where the tag starts.
    let offset: Int

    init(name: PartialName, indentation: [UInt8]?, overrides: [String: TemplateBody], offset: Int) {
        self.name = name
        self.indentation = indentation
        self.overrides = overrides
        self.offset = offset
    }
}

/// A block: a replaceable part of a template with its default content.
final class BlockTag: Sendable {
    /// The block's name.
    let name: String
    /// The content used when no parent tag overrides it.
    let defaultContent: TemplateBody
    /// The indentation for the content when the block stands alone; nil when inline.
    let indentation: [UInt8]?

    init(name: String, defaultContent: TemplateBody, indentation: [UInt8]?) {
        self.name = name
        self.defaultContent = defaultContent
        self.indentation = indentation
    }
}

/// A sequence of nodes that starts a body of its own — a whole template or a block's content —
/// and the file it was written in, for messages.
struct TemplateBody: Sendable {
    /// The nodes.
    let nodes: [TemplateNode]
    /// The file the nodes come from.
    let source: SourceFile
}
