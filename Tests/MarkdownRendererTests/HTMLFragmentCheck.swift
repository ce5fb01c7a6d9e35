/// A strict check of the HTML the renderer may produce: every `<` opens or closes one of the elements
/// the writer emits, they nest properly, and no stray `>`, unescaped `&` or control character reaches
/// the output. Works on Unicode scalars, as an HTML parser does.
struct HTMLFragmentCheck {
    /// A description of the first problem found, or nil.
    private(set) var problem: String?
    /// The deepest nesting of `<em>`, `<strong>` and `<a>` seen.
    private(set) var deepestInlineNesting = 0

    private static let allowed: Set<String> = [
        "p", "span", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "li", "em", "strong", "code", "a",
        "table", "thead", "tbody", "tr", "th", "td",
    ]
    private static let inline: Set<String> = ["em", "strong", "a"]

    /// Checks `html`.
    init(_ html: String) {
        problem = check(Array(html.unicodeScalars))
    }

    private mutating func check(_ scalars: [Unicode.Scalar]) -> String? {
        var open: [String] = []
        var index = 0
        while index < scalars.count {
            switch scalars[index] {
            case "<":
                guard let close = scalars[index...].firstIndex(of: ">") else { return "unclosed tag at \(index)" }
                var tag = ""
                tag.unicodeScalars.append(contentsOf: scalars[(index + 1)..<close])
                index = close + 1
                if tag == "br" { continue }
                if tag.hasPrefix("/") {
                    guard open.popLast() == String(tag.dropFirst()) else { return "misnested <\(tag)>" }
                    continue
                }
                let name = String(tag.prefix(while: { $0 != " " }))
                guard Self.allowed.contains(name) else { return "unexpected tag <\(tag)>" }
                if tag.contains("<") || tag.contains("'") { return "odd attribute text in <\(tag)>" }
                open.append(name)
                deepestInlineNesting = max(deepestInlineNesting, open.filter { Self.inline.contains($0) }.count)
            case ">":
                return "stray > at \(index)"
            case "&":
                let entity = scalars[index..<min(scalars.count, index + 6)]
                guard ["&amp;", "&lt;", "&gt;", "&quot;"].contains(where: { entity.starts(with: $0.unicodeScalars) }) else {
                    return "unescaped & at \(index)"
                }
                index += 1
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}":
                return "control character at \(index)"
            default:
                index += 1
            }
        }
        return open.isEmpty ? nil : "unclosed <\(open.joined(separator: "><"))>"
    }
}
