import WordDocument

/// An official table (the same `TableView` the HTML prints) as Word tables: the two heading rows
/// merged as the HTML's colspan and rowspan and repeated on every page, numbers right-aligned as
/// written (1.234.567; 21,51; "-"), the total row bold, rows never split. A table the HTML
/// prints in parts gives one Word table per part, each later one on a new page under its caption
/// "… (tiếp theo)". Column widths follow the print layout's estimate, scaled to the page; a table
/// printed smaller than 11 pt takes the table styles' variants of its size ("Table number 9,5 pt").
struct TableWordBlocks {
    /// The width between the margins, in twips.
    let textWidth: Int

    /// The blocks of `table`: its parts, or itself when it prints whole.
    func blocks(_ table: TableView) -> [WordBlock] {
        let parts = table.parts.isEmpty ? [table] : table.parts
        return parts.enumerated().flatMap { index, part -> [WordBlock] in
            let caption: [WordBlock] = index == 0 ? [] : [.paragraph(WordParagraph(
                style: "AppendixTitle", format: WordParagraphFormat(pageBreakBefore: true, spaceAfter: 120), runs: [WordRun(part.caption)]))]
            return caption + [.table(self.table(part))]
        }
    }

    /// One part as a Word table.
    func table(_ table: TableView) -> WordTable {
        let size = table.printTenths
        let bold = WordRunFormat(bold: true)
        let italic = WordRunFormat(italic: true)
        let number = OfficialStyles.sized("TableNumber", size), order = OfficialStyles.sized("TableOrder", size)
        let text = OfficialStyles.sized("TableText", size)
        let body = table.rows.map { row in
            WordTableRow(cells: row.cells.map { cell in
                let style = switch cell.kind {
                case "num": number
                case "tt": order
                default: text
                }
                var format = row.kind == "total" ? bold : WordRunFormat()
                if row.kind == "agency" && cell.kind == "name" { format = italic }
                return WordTableCell(style: style, text: cell.text, format: format)
            })
        }
        return WordTable(columnWidths: widths(table), rows: headingRows(table) + body)
    }

    /// The heading rows: a group's title spans its columns; a column without a group spans both
    /// rows (its cell in the second row continues the merge). One row when no column is grouped.
    private func headingRows(_ table: TableView) -> [WordTableRow] {
        let style = OfficialStyles.sized("TableHeading", table.printTenths)
        let cell = { (text: String, span: Int, merge: WordTableCell.VerticalMerge?) in
            WordTableCell(columnSpan: span, verticalMerge: merge, verticalAlignment: .center,
                          paragraphs: merge == .continue ? [] : [WordParagraph(style: style, text: text)])
        }
        guard let top = table.headingRows.first else { return [] }
        let bottom = table.headingRows.count > 1 ? table.headingRows[1] : []
        guard !bottom.isEmpty else {
            return [WordTableRow(isHeader: true, cells: top.map { cell($0.text, $0.colspan ?? 1, nil) })]
        }
        var first: [WordTableCell] = []
        var second: [WordTableCell] = []
        var next = 0
        for heading in top {
            if (heading.rowspan ?? 1) > 1 {
                first.append(cell(heading.text, heading.colspan ?? 1, .restart))
                second.append(cell("", heading.colspan ?? 1, .continue))
            } else {
                let span = heading.colspan ?? 1
                first.append(cell(heading.text, span, nil))
                let below = bottom[min(next, bottom.count)..<min(next + span, bottom.count)]
                second += below.map { cell($0.text, 1, nil) }
                next += span
            }
        }
        return [WordTableRow(isHeader: true, cells: first), WordTableRow(isHeader: true, cells: second)]
    }

    /// Each column's width in twips: the print layout's estimate in em at the table's type size,
    /// with a little room, scaled down when the sum exceeds the page, else widened alike to fill it.
    private func widths(_ table: TableView) -> [Int] {
        let count = max(table.columnTitles.count, table.columnEms.count)
        guard count > 0 else { return [] }
        let ems = (0..<count).map { $0 < table.columnEms.count ? max(table.columnEms[$0], 1) : 4 }
        // One em at the print size is tenths × 2 twips; 1,15 for room to breathe.
        let natural = ems.map { $0 * Double(table.printTenths) * 2 * 1.15 }
        let sum = natural.reduce(0, +)
        guard sum <= Double(textWidth) else { return natural.map { Int(($0 * Double(textWidth) / sum).rounded(.down)) } }
        // Room to spare goes to every column alike, so that headings wrap less.
        let spare = (Double(textWidth) - sum) / Double(count)
        return natural.map { Int(($0 + spare).rounded(.down)) }
    }
}
