/// A span of text inside a block.
public indirect enum MarkdownInline: Equatable, Sendable {
    /// Literal text (never contains a line break; soft breaks are already spaces).
    case text(String)
    /// `*emphasis*` or `_emphasis_`.
    case emphasis([MarkdownInline])
    /// `**strong**` or `__strong__`.
    case strong([MarkdownInline])
    /// `` `code` ``, its content taken literally.
    case code(String)
    /// A hard line break: two trailing spaces or a trailing backslash.
    case lineBreak
    /// `[content](destination "title")`; only destinations allowed by `LinkPolicy` become links.
    case link(destination: String, title: String?, content: [MarkdownInline])
}
