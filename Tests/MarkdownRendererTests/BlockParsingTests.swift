import MarkdownRenderer
import Testing

@Suite struct BlockParsingTests {
    private func blocks(_ source: String) -> [MarkdownBlock] {
        MarkdownDocument(parsing: source).blocks
    }

    private func item(_ kind: ItemKind, _ marker: String, _ text: String) -> MarkdownBlock {
        .item(OfficialItem(kind: kind, marker: marker, content: text.isEmpty ? [] : [.text(text)]))
    }

    @Test(arguments: [
        ("I. MỤC TIÊU", ItemKind.roman, "I."), ("IV. GIẢI PHÁP", .roman, "IV."), ("XXXIX. x", .roman, "XXXIX."),
        ("1. Mục tiêu chung", .number, "1."), ("10. Mười", .number, "10."), ("1.2. Hai cấp", .number, "1.2."),
        ("a) Đối với cấp tỉnh", .letter, "a)"), ("đ) Chữ đ", .letter, "đ)"), ("- Gạch đầu dòng", .dash, "-"),
        ("+ Dấu cộng", .plus, "+"), ("  - thụt lề", .dash, "-"), ("b)\tsau tab", .letter, "b)"),
    ])
    func officialMarkersAreKeptAsWritten(line: String, kind: ItemKind, marker: String) throws {
        let parsed = blocks(line)
        #expect(parsed.count == 1)
        guard case .item(let item)? = parsed.first else {
            Issue.record("not an item: \(parsed)")
            return
        }
        #expect(item.kind == kind)
        #expect(item.marker == marker)
    }

    @Test(arguments: [
        "2018. Năm", "1.234.567 người", "C. Phần ba", "L. x", "IIII. x", "I.MỤC TIÊU", "1.Không cách",
        "A) hoa", "ă) không", "-5 độ", "+5%", "**KT. CHỦ TỊCH**", "1000. x", "Điều 1. Ban hành", "#hashtag",
        "####### bảy", "ab) x",
    ])
    func lookalikesAreParagraphs(line: String) {
        guard case .paragraph? = blocks(line).first else {
            Issue.record("\(line) → \(blocks(line))")
            return
        }
    }

    @Test func consecutiveMarkerLinesAreSeparateItemsAndTextContinues() {
        let source = """
        I. MỤC TIÊU
        1. Mục tiêu chung
        Tổ chức triển khai
          đồng bộ các giải pháp.
        - Một
        + Hai

        Đoạn văn
        nối dòng.
        """
        #expect(blocks(source) == [
            item(.roman, "I.", "MỤC TIÊU"),
            item(.number, "1.", "Mục tiêu chung Tổ chức triển khai đồng bộ các giải pháp."),
            item(.dash, "-", "Một"),
            item(.plus, "+", "Hai"),
            .paragraph([.text("Đoạn văn nối dòng.")]),
        ])
    }

    @Test func markerInterruptsAParagraphAndEscapedMarkerDoesNot() {
        #expect(blocks("tăng so với năm\n- Một") == [.paragraph([.text("tăng so với năm")]), item(.dash, "-", "Một")])
        #expect(blocks("tăng so với năm\n2018\\. Đến") == [.paragraph([.text("tăng so với năm 2018. Đến")])])
        #expect(blocks("\\- không phải gạch") == [.paragraph([.text("- không phải gạch")])])
    }

    @Test func emptyItemAcceptsContinuation() {
        #expect(blocks("1.\nNội dung") == [item(.number, "1.", "Nội dung")])
        #expect(blocks("-") == [item(.dash, "-", "")])
    }

    @Test func headings() {
        #expect(blocks("# Một\n## Hai ##\n###### Sáu\n# C#\n#") == [
            .heading(level: 1, content: [.text("Một")]),
            .heading(level: 2, content: [.text("Hai")]),
            .heading(level: 6, content: [.text("Sáu")]),
            .heading(level: 1, content: [.text("C#")]),
            .heading(level: 1, content: []),
        ])
        #expect(blocks("Đoạn\n# Tiêu đề\nTiếp") == [
            .paragraph([.text("Đoạn")]), .heading(level: 1, content: [.text("Tiêu đề")]), .paragraph([.text("Tiếp")]),
        ])
    }

    @Test func starListsAreBulletListsAcrossBlankLines() {
        #expect(blocks("* một\n* hai\n  tiếp\n\n* ba\n\nĐoạn\n\n* bốn") == [
            .bulletList([[.text("một")], [.text("hai tiếp")], [.text("ba")]]),
            .paragraph([.text("Đoạn")]),
            .bulletList([[.text("bốn")]]),
        ])
    }

    @Test func lineEndingsAreAllTheSame() {
        let expected = blocks("a\nb\n\nc")
        #expect(blocks("a\r\nb\r\n\r\nc") == expected)
        #expect(blocks("a\rb\r\rc") == expected)
    }

    @Test func tableWithAlignmentAndRaggedRows() {
        let source = """
        | Đơn vị | Số người | Tỷ lệ |
        |:---|---:|:-:|
        | TP. Bắc Kạn | 3.884 | 13,83 |
        Chợ Đồn | 1.020
        | a | b | c | d |
        Sau bảng
        """
        let table = MarkdownTable(
            alignments: [.left, .right, .center],
            header: [[.text("Đơn vị")], [.text("Số người")], [.text("Tỷ lệ")]],
            rows: [
                [[.text("TP. Bắc Kạn")], [.text("3.884")], [.text("13,83")]],
                [[.text("Chợ Đồn")], [.text("1.020")], []],
                [[.text("a")], [.text("b")], [.text("c")]],
            ])
        #expect(blocks(source) == [.table(table), .paragraph([.text("Sau bảng")])])
    }

    @Test func tableInterruptsAParagraphAndNeedsMatchingDelimiterRow() {
        #expect(blocks("Đoạn\n| a | b |\n|---|---|") == [
            .paragraph([.text("Đoạn")]),
            .table(MarkdownTable(alignments: [.none, .none], header: [[.text("a")], [.text("b")]], rows: [])),
        ])
        #expect(blocks("| a | b |\n|---|") == [.paragraph([.text("| a | b | |---|")])])
        #expect(blocks("|\n|") == [.paragraph([.text("| |")])])
    }

    @Test func escapedPipeStaysInItsCell() {
        let table = blocks("| a \\| b | `x\\|y` |\n|---|---|")
        #expect(table == [.table(MarkdownTable(
            alignments: [.none, .none], header: [[.text("a | b")], [.code("x|y")]], rows: []))])
    }
}
