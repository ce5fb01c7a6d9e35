import MarkdownRenderer
import Testing
import WordDocument
@testable import BHXHOutput

@Suite struct MarkdownWordConverterTests {
    let converter = MarkdownWordConverter(textWidth: 9000)

    private func paragraphs(_ source: String) -> [WordParagraph] {
        converter.blocks(MarkdownDocument(parsing: source)).compactMap { block in
            if case .paragraph(let paragraph) = block { return paragraph }
            return nil
        }
    }

    @Test func headingsItemsAndTextTakeTheirNamedStyles() {
        let result = paragraphs("# Mục tiêu\n\n#### Sâu\n\nI. MỤC TIÊU\n\n1. Mục tiêu chung\n\nđ) Chữ đ\n\nVăn bản thường.")
        #expect(result.map(\.style) == ["Heading1", "Heading3", "ItemRoman", "Item", "Item", nil])
        // Markers are kept as written, never renumbered.
        #expect(result.map(\.text) == ["Mục tiêu", "Sâu", "I. MỤC TIÊU", "1. Mục tiêu chung", "đ) Chữ đ", "Văn bản thường."])
    }

    @Test func emphasisIsItalicStrongIsBoldAndTheyNest() {
        let runs = paragraphs("Có *nghiêng* và **đậm *cả hai***.")[0].runs
        #expect(runs.map(\.text) == ["Có ", "nghiêng", " và ", "đậm ", "cả hai", "."])
        #expect(runs.map(\.format.italic) == [nil, true, nil, nil, true, nil])
        #expect(runs.map(\.format.bold) == [nil, nil, nil, true, true, nil])
    }

    @Test func hardBreaksBecomeLineBreaksAndLinksShowTheirText() {
        let runs = paragraphs("Dòng một  \nDòng hai [trang](https://example.com)")[0].runs
        #expect(runs.map(\.text).joined() == "Dòng một\nDòng hai trang")
    }

    @Test func starListsAreBulletedItemsOfTheOneBulletList() {
        let result = paragraphs("* Một\n* Hai")
        #expect(result.map(\.text) == ["Một", "Hai"])
        #expect(result.allSatisfy { $0.style == "ListBullet" && $0.list == WordListItem(list: OfficialStyles.bulletList) })
        #expect(OfficialStyles.lists[OfficialStyles.bulletList].marker == .bullet("•"))
    }

    @Test func pipeTablesShareTheWidthRepeatTheirHeadingAndKeepColumnAlignment() throws {
        let blocks = converter.blocks(MarkdownDocument(parsing: "| A | B | C |\n|---|:-:|--:|\n| x | y | 1.234 |"))
        guard case .table(let table)? = blocks.first else { Issue.record("no table"); return }
        #expect(table.columnWidths == [3000, 3000, 3000] && table.hasBorders)
        #expect(table.rows.map(\.isHeader) == [true, false])
        #expect(table.rows[0].cells.map { $0.paragraphs[0].style } == ["TableHeading", "TableHeading", "TableHeading"])
        let body = table.rows[1].cells.map { $0.paragraphs[0] }
        #expect(body.map(\.text) == ["x", "y", "1.234"])
        #expect(body.map(\.format.alignment) == [nil, .center, .right])
    }
}
