import MarkdownRenderer
import Testing

@Suite struct InlineParsingTests {
    private func inlines(_ source: String) -> [MarkdownInline] {
        guard case .paragraph(let content)? = MarkdownDocument(parsing: source).blocks.first else { return [] }
        return content
    }

    @Test func emphasisAndStrong() {
        #expect(inlines("*nghiêng* và _nghiêng_") == [.emphasis([.text("nghiêng")]), .text(" và "), .emphasis([.text("nghiêng")])])
        #expect(inlines("**đậm** __đậm__") == [.strong([.text("đậm")]), .text(" "), .strong([.text("đậm")])])
        #expect(inlines("***cả hai***") == [.emphasis([.strong([.text("cả hai")])])])
        #expect(inlines("**trước ngày *30/6* hàng năm**") == [
            .strong([.text("trước ngày "), .emphasis([.text("30/6")]), .text(" hàng năm")]),
        ])
    }

    @Test func vietnameseWordsAndUnderscoresInsideWords() {
        #expect(inlines("snake_case_name và tỉnh_bắc_kạn") == [.text("snake_case_name và tỉnh_bắc_kạn")])
        #expect(inlines("đ*ậ*m") == [.text("đ"), .emphasis([.text("ậ")]), .text("m")])
        #expect(inlines("Bình_Phước_") == [.text("Bình_Phước_")])
    }

    @Test func unclosedAndUnmatchedDelimitersStayLiteral() {
        #expect(inlines("**chưa đóng") == [.text("**chưa đóng")])
        #expect(inlines("a * b * c") == [.text("a * b * c")])
        #expect(inlines("**a*") == [.text("*"), .emphasis([.text("a")])])
        #expect(inlines("2 * 3 = 6 và 5*") == [.text("2 * 3 = 6 và 5*")])
    }

    @Test func strongAcrossJoinedLines() {
        #expect(inlines("**KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**") == [.strong([.text("KT. CHỦ TỊCH PHÓ CHỦ TỊCH")])])
    }

    @Test func codeSpans() {
        #expect(inlines("dùng `a*b*c` ở đây") == [.text("dùng "), .code("a*b*c"), .text(" ở đây")])
        #expect(inlines("`` có ` bên trong ``") == [.code("có ` bên trong")])
        #expect(inlines("`chưa đóng") == [.text("`chưa đóng")])
        #expect(inlines("`\\*`") == [.code("\\*")])
    }

    @Test func backslashEscapes() {
        #expect(inlines("\\*không nghiêng\\* \\\\ \\a") == [.text("*không nghiêng* \\ \\a")])
    }

    @Test func hardBreaks() {
        #expect(inlines("dòng một  \ndòng hai\\\ndòng ba\ndòng bốn") == [
            .text("dòng một"), .lineBreak, .text("dòng hai"), .lineBreak, .text("dòng ba dòng bốn"),
        ])
        #expect(inlines("cuối đoạn  ") == [.text("cuối đoạn")])
        #expect(inlines("cuối đoạn\\") == [.text("cuối đoạn\\")])
    }

    @Test func linksAllowedAndRefused() {
        #expect(inlines("[Luật](https://vbpl.vn/luat \"Văn bản\")") == [
            .link(destination: "https://vbpl.vn/luat", title: "Văn bản", content: [.text("Luật")]),
        ])
        #expect(inlines("[**phụ lục**](phu-luc-1.csv)") == [
            .link(destination: "phu-luc-1.csv", title: nil, content: [.strong([.text("phụ lục")])]),
        ])
        #expect(inlines("[thư](mailto:a@b.vn)") == [.link(destination: "mailto:a@b.vn", title: nil, content: [.text("thư")])])
        #expect(inlines("[bấm](javascript:alert(1))") == [.text("[bấm](javascript:alert(1))")])
        #expect(inlines("[x](JavaScript:alert(1))") == [.text("[x](JavaScript:alert(1))")])
        #expect(inlines("[x](data:text/html,hi)") == [.text("[x](data:text/html,hi)")])
        #expect(inlines("[chỉ ngoặc] (không liền)") == [.text("[chỉ ngoặc] (không liền)")])
    }

    @Test func noLinksInsideLinks() {
        #expect(inlines("[a [b](u) c](v)") == [
            .text("[a "), .link(destination: "u", title: nil, content: [.text("b")]), .text(" c](v)"),
        ])
    }

    @Test func linkPolicy() {
        #expect(LinkPolicy.allows("../units/01.html#2019"))
        #expect(LinkPolicy.allows("HTTPS://example.vn"))
        #expect(LinkPolicy.allows("?a=b:c"))
        #expect(!LinkPolicy.allows("vbscript:x"))
        #expect(!LinkPolicy.allows("java\u{09}script:x"))
        #expect(!LinkPolicy.allows("file:///etc/passwd"))
    }
}
