import MarkdownRenderer
import WordDocument

/// Turns a narrative's Markdown blocks into Word blocks in the official styles: headings, running
/// text, official items with their markers kept as written (never renumbered; Roman sections
/// bold), `*` lists as bulleted lists, and pipe tables with borders and a repeated heading row.
/// Emphasis is italic, strong is bold; a link shows its text.
struct MarkdownWordConverter {
    /// The width tables may take, in twips.
    var textWidth: Int

    /// The Word blocks of `document`, in order.
    func blocks(_ document: MarkdownDocument) -> [WordBlock] {
        document.blocks.flatMap(blocks)
    }

    private func blocks(_ block: MarkdownBlock) -> [WordBlock] {
        switch block {
        case .heading(let level, let content):
            return [.paragraph(WordParagraph(style: "Heading\(min(max(level, 1), 3))", runs: Self.runs(content)))]
        case .paragraph(let content):
            return [.paragraph(WordParagraph(runs: Self.runs(content)))]
        case .item(let item):
            let content = Self.runs(item.content)
            return [.paragraph(WordParagraph(style: item.kind == .roman ? "ItemRoman" : "Item",
                                             runs: [WordRun(item.marker + (content.isEmpty ? "" : " "))] + content))]
        case .bulletList(let entries):
            return entries.map { entry in
                .paragraph(WordParagraph(style: "ListBullet", list: WordListItem(list: OfficialStyles.bulletList),
                                         runs: Self.runs(entry)))
            }
        case .table(let table):
            return [.table(self.table(table))]
        }
    }

    /// A pipe table: its columns share the width evenly, its heading row is bold and repeats.
    private func table(_ table: MarkdownTable) -> WordTable {
        let count = max(1, table.alignments.count)
        let widths = Array(repeating: textWidth / count, count: count)
        let row = { (cells: [[MarkdownInline]], isHeader: Bool) -> WordTableRow in
            WordTableRow(isHeader: isHeader, cells: cells.enumerated().map { index, cell in
                var paragraph = WordParagraph(style: isHeader ? "TableHeading" : "TableText", runs: Self.runs(cell))
                if !isHeader, index < table.alignments.count, let alignment = Self.alignment(table.alignments[index]) {
                    paragraph.format.alignment = alignment
                }
                return WordTableCell(verticalAlignment: isHeader ? .center : nil, paragraphs: [paragraph])
            })
        }
        return WordTable(columnWidths: widths, rows: [row(table.header, true)] + table.rows.map { row($0, false) })
    }

    private static func alignment(_ alignment: MarkdownTable.Alignment) -> WordParagraphFormat.Alignment? {
        switch alignment {
        case .none: nil
        case .left: .left
        case .center: .center
        case .right: .right
        }
    }

    /// The runs of inline content, emphasis and strong nesting into italic and bold.
    static func runs(_ inlines: [MarkdownInline], format: WordRunFormat = WordRunFormat()) -> [WordRun] {
        var runs: [WordRun] = []
        for inline in inlines {
            switch inline {
            case .text(let text), .code(let text):
                runs.append(WordRun(style: nil, format: format, pieces: [.text(text)]))
            case .lineBreak:
                runs.append(WordRun(style: nil, format: format, pieces: [.lineBreak]))
            case .emphasis(let content):
                var italic = format
                italic.italic = true
                runs += Self.runs(content, format: italic)
            case .strong(let content):
                var bold = format
                bold.bold = true
                runs += Self.runs(content, format: bold)
            case .link(_, _, let content):
                runs += Self.runs(content, format: format)
            }
        }
        return runs
    }
}
