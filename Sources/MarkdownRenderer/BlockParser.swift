/// Turns source lines into blocks. The rules (also in `MarkdownDocument`'s documentation):
///
/// - A blank line ends the open block.
/// - A heading line, a marker line (official numbering or `* `) and the header row of a table always
///   start a new block, even directly below a text line: official texts put "I. MỤC TIÊU" and
///   "1. Mục tiêu chung" on consecutive lines.
/// - Any other line continues the open paragraph, item or bullet entry (its source lines are joined by
///   a space, or a hard break); after a heading or a table it starts a paragraph.
/// - A table runs while its lines contain an unescaped `|` and start no other block.
struct BlockParser {
    /// The kind of block whose lines are still being collected.
    private enum OpenBlock {
        case paragraph
        case item(kind: ItemKind, marker: Substring)
        case bullet
        case table(alignments: [MarkdownTable.Alignment])
    }

    private var blocks: [MarkdownBlock] = []
    private var open: OpenBlock?
    /// The text lines of the open paragraph, item or bullet entry.
    private var lines: [Substring] = []
    /// The header row and then the body rows of the open table.
    private var rows: [[Substring]] = []

    /// The blocks of `source`.
    static func parse(_ source: String) -> [MarkdownBlock] {
        var parser = BlockParser()
        let lines = sourceLines(source)
        var index = 0
        while index < lines.count {
            index += parser.consume(lines[index], next: index + 1 < lines.count ? lines[index + 1] : nil)
        }
        parser.close()
        return parser.blocks
    }

    /// Takes in `line` (seeing the `next` one for a table's delimiter row); returns how many lines it used.
    private mutating func consume(_ line: Substring, next: Substring?) -> Int {
        let lineStart = LineStart(line)
        if case .text = lineStart, let cells = TableSyntax.cells(line) {
            if case .table? = open {
                rows.append(cells)
                return 1
            }
            if let next, let alignments = TableSyntax.alignments(next), alignments.count == cells.count {
                close()
                open = .table(alignments: alignments)
                rows = [cells]
                return 2
            }
        }
        switch lineStart {
        case .blank:
            close()
        case .heading(let level, let text):
            close()
            blocks.append(.heading(level: level, content: InlineParser.parse(lines: [text])))
        case .item(let kind, let marker, let text):
            start(.item(kind: kind, marker: marker), with: text)
        case .bullet(let text):
            start(.bullet, with: text)
        case .text(let text):
            switch open {
            case .paragraph?, .item?, .bullet?: lines.append(text)
            case .table?, nil: start(.paragraph, with: text)
            }
        }
        return 1
    }

    private mutating func start(_ block: OpenBlock, with text: Substring) {
        close()
        open = block
        lines = [text]
    }

    /// Finishes the open block, if any, and appends it to `blocks`.
    private mutating func close() {
        guard let block = open else { return }
        open = nil
        switch block {
        case .paragraph:
            blocks.append(.paragraph(InlineParser.parse(lines: lines)))
        case .item(let kind, let marker):
            let content = InlineParser.parse(lines: lines)
            blocks.append(.item(OfficialItem(kind: kind, marker: String(marker), content: content)))
        case .bullet:
            let entry = InlineParser.parse(lines: lines)
            if case .bulletList(var entries)? = blocks.last {
                blocks.removeLast()
                entries.append(entry)
                blocks.append(.bulletList(entries))
            } else {
                blocks.append(.bulletList([entry]))
            }
        case .table(let alignments):
            let cells = rows.map { row in
                alignments.indices.map { column in
                    column < row.count ? InlineParser.parse(lines: [row[column]]) : []
                }
            }
            blocks.append(.table(MarkdownTable(
                alignments: alignments, header: cells.first ?? [], rows: Array(cells.dropFirst()))))
        }
        lines = []
        rows = []
    }
}
