/// Writes a `MarkdownDocument` as an HTML5 fragment, one block per line, for a page template.
///
/// Elements and classes: `<h1>`…`<h6>`; `<p>`; official items as
/// `<p class="item KIND"><span class="marker">MARKER</span> text</p>` with KIND one of `roman`, `number`,
/// `letter`, `dash`, `plus` (`ItemKind.rawValue`); `*` lists as `<ul><li>`; tables as `<table>` with
/// `<thead>` (`<th scope="col">`) and `<tbody>`, alignment as `style="text-align: …"`; `<em>`,
/// `<strong>`, `<code>`, `<br>`, `<a href>`. All source text is escaped.
public struct MarkdownHTMLWriter: Sendable {
    /// Added to every heading level (the result is kept within 1...6), so that a narrative's `#` can sit
    /// below the page's own `<h1>`.
    public var headingOffset: Int

    /// Creates a writer; `headingOffset` 1 turns `#` into `<h2>`.
    public init(headingOffset: Int = 0) {
        self.headingOffset = headingOffset
    }

    /// The HTML fragment of `document`.
    public func write(_ document: MarkdownDocument) -> String {
        var out = ""
        write(document, into: &out)
        return out
    }

    /// Appends the HTML fragment of `document` to `out`.
    public func write(_ document: MarkdownDocument, into out: inout String) {
        for block in document.blocks { write(block, into: &out) }
    }

    private func write(_ block: MarkdownBlock, into out: inout String) {
        switch block {
        case .heading(let level, let content):
            element("h\(htmlLevel(level))", content, into: &out)
        case .paragraph(let content):
            element("p", content, into: &out)
        case .item(let item):
            out += "<p class=\"item \(item.kind.rawValue)\"><span class=\"marker\">"
            MarkupEscaping.append(item.marker, to: &out)
            out += "</span>"
            if !item.content.isEmpty { out += " " }
            write(item.content, into: &out)
            out += "</p>\n"
        case .bulletList(let entries):
            out += "<ul>\n"
            for entry in entries { element("li", entry, into: &out) }
            out += "</ul>\n"
        case .table(let table):
            write(table, into: &out)
        }
    }

    /// `level` moved by `headingOffset`, kept within 1...6.
    private func htmlLevel(_ level: Int) -> Int {
        min(6, max(1, min(6, max(1, level)) + min(6, max(-6, headingOffset))))
    }

    private func element(_ tag: String, _ content: [MarkdownInline], into out: inout String) {
        out += "<\(tag)>"
        write(content, into: &out)
        out += "</\(tag)>\n"
    }

    private func write(_ table: MarkdownTable, into out: inout String) {
        out += "<table>\n<thead>\n"
        row(table.header, cell: "th scope=\"col\"", closing: "th", alignments: table.alignments, into: &out)
        out += "</thead>\n"
        if !table.rows.isEmpty {
            out += "<tbody>\n"
            for cells in table.rows {
                row(cells, cell: "td", closing: "td", alignments: table.alignments, into: &out)
            }
            out += "</tbody>\n"
        }
        out += "</table>\n"
    }

    private func row(_ cells: [[MarkdownInline]], cell: String, closing: String,
                     alignments: [MarkdownTable.Alignment], into out: inout String) {
        out += "<tr>"
        for (column, content) in cells.enumerated() {
            out += "<\(cell)"
            switch column < alignments.count ? alignments[column] : .none {
            case .none: break
            case .left: out += " style=\"text-align: left\""
            case .center: out += " style=\"text-align: center\""
            case .right: out += " style=\"text-align: right\""
            }
            out += ">"
            write(content, into: &out)
            out += "</\(closing)>"
        }
        out += "</tr>\n"
    }

    private func write(_ inlines: [MarkdownInline], into out: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                MarkupEscaping.append(text, to: &out)
            case .emphasis(let children):
                out += "<em>"
                write(children, into: &out)
                out += "</em>"
            case .strong(let children):
                out += "<strong>"
                write(children, into: &out)
                out += "</strong>"
            case .code(let code):
                out += "<code>"
                MarkupEscaping.append(code, to: &out)
                out += "</code>"
            case .lineBreak:
                out += "<br>\n"
            case .link(let destination, let title, let content):
                writeLink(destination: destination, title: title, content: content, into: &out)
            }
        }
    }

    /// A link whose destination `LinkPolicy` refuses (possible in a hand-built document) is written as
    /// its content alone.
    private func writeLink(destination: String, title: String?, content: [MarkdownInline], into out: inout String) {
        guard LinkPolicy.allows(destination) else {
            write(content, into: &out)
            return
        }
        out += "<a href=\""
        MarkupEscaping.append(destination, to: &out)
        out += "\""
        if let title {
            out += " title=\""
            MarkupEscaping.append(title, to: &out)
            out += "\""
        }
        out += ">"
        write(content, into: &out)
        out += "</a>"
    }
}
