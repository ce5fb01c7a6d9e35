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
        #expect(MarkdownDocument(parsing: "2018\\. x").markdown() == "2018. x\n")
    }
}
