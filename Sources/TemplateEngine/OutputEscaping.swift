/// How `{{name}}` values are escaped, chosen by the output type in the template's file name:
/// `*.html.mustache` → HTML, `*.md.mustache` → Markdown, `*.txt.mustache` → none, and any other
/// name (plain `*.mustache`, `*.svg.mustache`…) → HTML, the Mustache default.
/// `{{{name}}}` and `{{&name}}` never escape.
public enum OutputEscaping: Sendable, Equatable {
    /// `& < > " '` become `&amp; &lt; &gt; &quot; &#39;`.
    case html
    /// A backslash goes before `` \ ` * _ [ ] < > | # ~ & `` (so `|` is safe inside a table cell);
    /// a line break becomes a space (a value stays within its paragraph or table row); and when
    /// the value starts a line, a leading `-`, `+`, `=` or a `.`/`)` that would make leading digits
    /// a list number ("1. ") is escaped, so that a value never starts a list or underlines a heading.
    case markdown
    /// Nothing is escaped (plain text).
    case none

    /// The escaping for a template file name such as "plan.html.mustache" or "note.md".
    public init(fileName: String) {
        switch Self.typeExtension(ofFileName: fileName)?.lowercased() {
        case "md", "markdown": self = .markdown
        case "txt", "text": self = .none
        default: self = .html
        }
    }

    /// The output type written before ".mustache" ("html" in "plan.html.mustache"), or nil.
    static func typeExtension(ofFileName fileName: String) -> String? {
        let base = fileName.split(separator: "/").last.map(String.init) ?? fileName
        let stem = base.hasSuffix(".mustache") ? String(base.dropLast(".mustache".count)) : base
        guard let dot = stem.lastIndex(of: "."), stem.index(after: dot) < stem.endIndex,
              dot > stem.startIndex else { return nil }
        return String(stem[stem.index(after: dot)...])
    }

    /// Appends `text` to `output`, escaped.
    func append(_ text: String, to output: inout [UInt8]) {
        switch self {
        case .none: output.append(contentsOf: text.utf8)
        case .html: Self.appendHTML(text, to: &output)
        case .markdown: Self.appendMarkdown(text, to: &output)
        }
    }

    /// Appends the UTF-8 text `bytes` to `output`, escaped as `append(_:to:)` escapes a `String`.
    func append(_ bytes: [UInt8], to output: inout [UInt8]) {
        switch self {
        case .none: output.append(contentsOf: bytes)
        case .html: bytes.withUnsafeBufferPointer { Self.appendHTML(bytes: $0, to: &output) }
        case .markdown: bytes.withUnsafeBufferPointer { Self.appendMarkdown(bytes: $0, to: &output) }
        }
    }

    private static func appendHTML(_ text: String, to output: inout [UInt8]) {
        // Native texts (all a page's) are read in place; any other is made native first.
        guard text.utf8.withContiguousStorageIfAvailable({ appendHTML(bytes: $0, to: &output) }) == nil else { return }
        var native = text
        native.withUTF8 { appendHTML(bytes: $0, to: &output) }
    }

    private static func appendHTML(bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        // Most values (figures, names) have nothing to escape: one copy, no per-byte appends.
        guard let first = bytes.firstIndex(where: needsHTMLEscape) else {
            output.append(contentsOf: bytes)
            return
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<first]))
        var runStart = first
        for offset in first..<bytes.count {
            let replacement: StaticString
            switch bytes[offset] {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case UInt8(ascii: "'"): replacement = "&#39;"
            default: continue
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<offset]))
            replacement.withUTF8Buffer { output.append(contentsOf: $0) }
            runStart = offset + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }

    /// True for the bytes HTML escaping replaces: `& < > " '`.
    @inline(__always)
    private static func needsHTMLEscape(_ byte: UInt8) -> Bool {
        // All five are below "?" (63): one comparison rules out letters, digits above "?" and UTF-8.
        byte < UInt8(ascii: "?") && (byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'"))
    }

    private static func appendMarkdown(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendMarkdown(bytes: $0, to: &output) }
    }

    private static func appendMarkdown(bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        let startsLine = isAtLineStart(output)
        // Most values (figures, names) have nothing to escape and do not start a line: one copy.
        guard startsLine || bytes.contains(where: needsMarkdownEscape) else {
            output.append(contentsOf: bytes)
            return
        }
        let listNumberEnd = startsLine ? listNumberPunctuation(in: bytes) : nil
        for (offset, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "\n"):
                output.append(UInt8(ascii: " "))
                continue
            case UInt8(ascii: "\r"):
                continue
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
                 UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"),
                 UInt8(ascii: "|"), UInt8(ascii: "#"), UInt8(ascii: "~"), UInt8(ascii: "&"):
                output.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="):
                if startsLine && offset == 0 { output.append(UInt8(ascii: "\\")) }
            default:
                if offset == listNumberEnd { output.append(UInt8(ascii: "\\")) }
            }
            output.append(byte)
        }
    }

    /// True for the bytes Markdown escaping changes anywhere in a value: a line break, and
    /// `` \ ` * _ [ ] < > | # ~ & ``.
    @inline(__always)
    private static func needsMarkdownEscape(_ byte: UInt8) -> Bool {
        byte < 64 ? markdownEscapesBelow64 >> byte & 1 != 0 : byte < 128 && markdownEscapesFrom64 >> (byte - 64) & 1 != 0
    }

    /// Bit n is set for byte n among `\n \r # & * < >` (bytes 10, 13, 35, 38, 42, 60, 62)…
    private static let markdownEscapesBelow64: UInt64 = 0x5000_0448_0000_2400
    /// …and bit n for byte 64 + n among `` [ \ ] _ ` | ~ `` (bytes 91, 92, 93, 95, 96, 124, 126).
    private static let markdownEscapesFrom64: UInt64 = 0x5000_0001_B800_0000

    /// The offset of the "." or ")" in a leading "12. " or "3)" that would start an ordered list.
    private static func listNumberPunctuation(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let digits = bytes.prefix(while: { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }).count
        guard digits > 0, digits < bytes.count,
              bytes[digits] == UInt8(ascii: ".") || bytes[digits] == UInt8(ascii: ")") else { return nil }
        let next = digits + 1
        guard next == bytes.count || bytes[next] == UInt8(ascii: " ") || bytes[next] == UInt8(ascii: "\t") else { return nil }
        return digits
    }

    /// True when nothing but spaces and tabs follows the last line break in `output`.
    private static func isAtLineStart(_ output: [UInt8]) -> Bool {
        for byte in output.reversed() {
            switch byte {
            case UInt8(ascii: "\n"): return true
            case UInt8(ascii: " "), UInt8(ascii: "\t"): continue
            default: return false
            }
        }
        return true
    }
}
