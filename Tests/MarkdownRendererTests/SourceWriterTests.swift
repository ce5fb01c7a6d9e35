import MarkdownRenderer
import Testing

@Suite struct SourceWriterTests {
    @Test func normalisesWrappedTextAndKeepsMarkers() {
        let document = MarkdownDocument(parsing: "I. MỤC TIÊU\n1. Mục tiêu\nchung\n- Một\n\n\nĐoạn\nvăn")
        #expect(document.markdown() == "I. MỤC TIÊU\n\n1. Mục tiêu chung\n\n- Một\n\nĐoạn văn\n")
    }

    @Test(arguments: [
        "2018\\. Năm bắt đầu bằng số", "\\- không phải gạch", "a\\) không phải chữ", "\\# không phải tiêu đề",
        "\\* không phải danh sách", "dòng  \n1\\. sau ngắt dòng", "snake_case và \\_nghiêng\\_ giả",
        "\\*\\*không đậm\\*\\* \\` \\[x\\](y) a \\| b", "- mục  \n\\+ sau ngắt", "`a | b` và ``có ` dấu``",
        "| a | `x\\|y` |\n|:-:|--:|\n| \\*1\\* | c |", "[liên kết **đậm**](../a_(b).html \"tiêu \\\"đề\\\"\")",
        "***a*** **b *c* d** _e_", "# Tiêu đề ##", "* một\n* hai  \n  - ba",
    ])
    func roundTrips(source: String) {
        let document = MarkdownDocument(parsing: source)
        let written = document.markdown()
        #expect(MarkdownDocument(parsing: written) == document, "\(written)")
    }

    @Test func escapesOnlyWhatWouldBeSyntax() {
        #expect(MarkdownDocument(parsing: "snake_case 1.234 người").markdown() == "snake_case 1.234 người\n")
        #expect(MarkdownDocument(parsing: "1\\. x").markdown() == "1\\. x\n")
        #expect(MarkdownDocument(parsing: "2018\\. x").markdown() == "2018\\. x\n")
    }

    /// Issue 11 item 5: the HTML page shows raw HTML as text; a Markdown viewer must too.
    @Test func writesRawHTMLAndEntitiesAsText() {
        let source = "Xem <script>alert(1)</script> và <img src=x onerror=alert(1)> &amp; <b>đậm</b>"
        #expect(MarkdownDocument(parsing: source).markdown()
            == "Xem \\<script\\>alert(1)\\</script\\> và \\<img src=x onerror=alert(1)\\> \\&amp; \\<b\\>đậm\\</b\\>\n")
        #expect(MarkdownDocument(parsing: "<div>\n# <i>x</i>").markdown() == "\\<div\\>\n\n# \\<i\\>x\\</i\\>\n")
    }

    /// `javascript:` links stay text, and `<javascript:…>` cannot become an autolink.
    @Test func neutralisesUnsafeLinks() {
        #expect(MarkdownDocument(parsing: "[bấm](javascript:alert(1)) <javascript:alert(2)>").markdown()
            == "\\[bấm\\](javascript:alert(1)) \\<javascript:alert(2)\\>\n")
        let handBuilt = MarkdownDocument(blocks: [.paragraph([
            .link(destination: "JavaScript:alert(1)", title: "t", content: [.text("bấm")]),
            .text(" "), .link(destination: "data:text/html,x", title: nil, content: [.strong([.text("b")])]),
        ])])
        #expect(handBuilt.markdown() == "bấm **b**\n")
    }

    /// The user's own escapes survive where a CommonMark viewer would otherwise read structure.
    @Test(arguments: [
        ("2018\\. Năm", "2018\\. Năm\n"), ("1\\) một", "1\\) một\n"), ("\\<b\\> \\&lt;", "\\<b\\> \\&lt;\n"),
        ("\\~\\~gạch\\~\\~", "\\~\\~gạch\\~\\~\n"), ("a\\\n\\---", "a\\\n\\---\n"), ("a\\\n\\===", "a\\\n\\===\n"),
        ("\\> trích", "\\> trích\n"), ("- mục\\\n2019\\. năm", "- mục\\\n2019\\. năm\n"),
    ])
    func keepsTheUsersEscapes(source: String, expected: String) {
        let written = MarkdownDocument(parsing: source).markdown()
        #expect(written == expected)
        #expect(MarkdownDocument(parsing: written) == MarkdownDocument(parsing: source))
    }
}
