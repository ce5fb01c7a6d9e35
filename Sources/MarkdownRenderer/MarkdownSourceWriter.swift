/// Writes a `MarkdownDocument` back as normalised Markdown: one line per paragraph or item, a blank
/// line between blocks, `*`/`**` for emphasis, official markers as written, and escapes wherever text
/// would otherwise read as syntax — ours or a CommonMark/GFM viewer's: `<`, `>` and `&` are always
/// escaped (raw HTML and entities show as text), and so is a line start such as "2018. " or "---"
/// that a viewer would take for a list or a rule. A link whose destination `LinkPolicy` refuses (possible
/// in a hand-built document) is written as its content alone, as the HTML writer does.
/// Parsing the output gives back the same document, with one known
/// exception: a span directly at the edge of a span of the same delimiter (`*…*` ending in `*…*`, as
/// `_*a*_` parses) is written with adjacent delimiters, which read back as a different nesting.
public struct MarkdownSourceWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The Markdown source of `document`.
    public func write(_ document: MarkdownDocument) -> String {
        var out = ""
        write(document, into: &out)
        return out
    }

    /// Appends the Markdown source of `document` to `out`.
    public func write(_ document: MarkdownDocument, into out: inout String) {
        for (index, block) in document.blocks.enumerated() {
            if index > 0 { out += "\n" }
            write(block, into: &out)
        }
    }

    private func write(_ block: MarkdownBlock, into out: inout String) {
        switch block {
        case .heading(let level, let content):
            out += String(repeating: "#", count: min(6, max(1, level)))
            if !content.isEmpty { out += " " + inline(content, context: .heading) }
            out += "\n"
        case .paragraph(let content):
            out += escapingBlockStarts(inline(content, context: .running), fromLine: 0) + "\n"
        case .item(let item):
            var line = item.marker
            if !item.content.isEmpty { line += " " + inline(item.content, context: .running) }
            out += escapingBlockStarts(line, fromLine: 1) + "\n"
        case .bulletList(let entries):
            for entry in entries {
                out += escapingBlockStarts("* " + inline(entry, context: .running), fromLine: 1) + "\n"
            }
        case .table(let table):
            row(table.header, into: &out)
            out += "|"
            for alignment in table.alignments {
                switch alignment {
                case .none: out += " --- |"
                case .left: out += " :-- |"
                case .center: out += " :-: |"
                case .right: out += " --: |"
                }
            }
            out += "\n"
            for cells in table.rows { row(cells, into: &out) }
        }
    }

    private func row(_ cells: [[MarkdownInline]], into out: inout String) {
        out += "|"
        for cell in cells { out += " " + inline(cell, context: .tableCell) + " |" }
        out += "\n"
    }

    /// Where inline content is written: hard breaks exist only in running text; `|` needs escaping
    /// even inside code spans only in table cells.
    private enum Context { case running, heading, tableCell }

    private func inline(_ inlines: [MarkdownInline], context: Context) -> String {
        var out = ""
        for inline in inlines {
            switch inline {
            case .text(let text): out += escaped(text)
            case .emphasis(let children): out += "*" + self.inline(children, context: context) + "*"
            case .strong(let children): out += "**" + self.inline(children, context: context) + "**"
            case .code(let code): out += codeSpan(context == .tableCell ? escapingAll(of: "|", in: code) : code)
            case .lineBreak: out += context == .running ? "\\\n" : " "
            case .link(let destination, _, let content) where !LinkPolicy.allows(destination):
                out += self.inline(content, context: context)
            case .link(let destination, let title, let content):
                out += "[" + self.inline(content, context: context) + "](" + linkDestination(destination)
                if let title { out += " \"" + escapingAll(of: "\\\"", in: title) + "\"" }
                out += ")"
            }
        }
        return out
    }

    /// `text` with every character that could start markup (raw HTML, an entity, strikethrough
    /// included) escaped. `_` between two letters or digits cannot, so "snake_case" stays as it is.
    private func escaped(_ text: String) -> String {
        let characters = Array(text)
        var out = ""
        for (index, character) in characters.enumerated() {
            switch character {
            case "\\", "*", "`", "[", "]", "|", "<", ">", "&", "~":
                out += "\\"
            case "_":
                let inWord = index > 0 && index + 1 < characters.count
                    && characters[index - 1].isLetterOrDigit && characters[index + 1].isLetterOrDigit
                if !inWord { out += "\\" }
            default:
                break
            }
            out.append(character == "\n" || character == "\r" ? " " : character)
        }
        return out
    }

    /// Escapes the start of every line of `text`, from line `first` (0-based) on, that would otherwise
    /// begin a heading, an item or a list entry.
    private func escapingBlockStarts(_ text: String, fromLine first: Int) -> String {
        sourceLines(text).enumerated().map { number, line -> String in
            guard number >= first else { return String(line) }
            switch LineStart(line) {
            case .heading, .bullet:
                return "\\" + line
            case .item(let kind, let marker, _):
                let at = kind == .dash || kind == .plus ? marker.startIndex : marker.index(before: marker.endIndex)
                return String(line[..<at]) + "\\" + line[at...]
            case .blank:
                return String(line)
            case .text(let body):
                guard let at = CommonMarkLineStart.escapeIndex(in: body) else { return String(line) }
                return String(line[..<at]) + "\\" + line[at...]
            }
        }.joined(separator: "\n")
    }

    private func codeSpan(_ code: String) -> String {
        var longest = 0, run = 0
        for character in code {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let needsPadding = code.first == "`" || code.last == "`"
            || (code.first == " " && code.last == " " && code.contains(where: { $0 != " " }))
        return needsPadding ? fence + " " + code + " " + fence : fence + code + fence
    }

    private func linkDestination(_ destination: String) -> String {
        var out = ""
        for character in destination {
            if character.isWhitespace {
                out += "%20"
            } else {
                if character == "\\" || character == "(" || character == ")" { out += "\\" }
                out.append(character)
            }
        }
        return out
    }

    private func escapingAll(of characters: String, in text: String) -> String {
        var out = ""
        for character in text {
            if characters.contains(character) { out += "\\" }
            out.append(character)
        }
        return out
    }
}

extension Character {
    /// A letter or a digit of any script.
    fileprivate var isLetterOrDigit: Bool { isLetter || isNumber }
}
