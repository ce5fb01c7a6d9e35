import MarkdownRenderer
import Testing

/// Odd and hostile input: no crash, valid fragments, bounded nesting, same output every time.
@Suite struct RobustnessTests {
    /// A small deterministic generator (SplitMix64), so the fuzz inputs are the same on every run.
    private struct Generator {
        var state: UInt64
        mutating func next(below bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    private static let fragments = [
        "*", "**", "***", "_", "__", "`", "``", "[", "]", "](", "(", ")", "|", "|---|", ":--", "\\", "  \n",
        "\n", "\n\n", "I. ", "IV. ", "1. ", "1.1. ", "a) ", "đ) ", "- ", "+ ", "* ", "# ", "###### ", "<script>",
        "&", "\"", "'", "ư", "Đồn", "javascript:alert(1)", "http://x.vn", "mailto:a@b", " ", "\t", "\r\n",
        "\u{0}", "\u{301}", "\u{FFFF}", "x", "snake_case", "\"t\"", "!",
    ]

    @Test func fuzzedInputGivesValidFragments() {
        var generator = Generator(state: 2_018)
        for _ in 0..<3_000 {
            var source = ""
            for _ in 0..<generator.next(below: 40) {
                source += Self.fragments[generator.next(below: Self.fragments.count)]
            }
            let document = MarkdownDocument(parsing: source)
            let html = document.html()
            let check = HTMLFragmentCheck(html)
            #expect(check.problem == nil, "\(check.problem ?? "") in \(source.debugDescription)")
            #expect(check.deepestInlineNesting <= InlineDepth.maximum)
            #expect(!html.contains("<script"))
            #expect(MarkdownDocument(parsing: source).html() == html)
        }
    }

    @Test(arguments: [
        "**", "** **", "|", "| |", "||\n||", "[", "]", "[]()", "`", "\\", "#", "- ", "\n\n\n", "", " ", "*\n*",
        "[a](", "[a](b", "[a](b \"c", "](", "**a_b**_", "_a*b_c*", "1.", "I.", "a)",
    ])
    func tinyOddInputs(source: String) {
        let html = MarkdownDocument(parsing: source).html()
        #expect(HTMLFragmentCheck(html).problem == nil, "\(html)")
    }

    @Test func deeplyRepeatedMarkersAreBounded() {
        for marker in ["*", "_", "**", "[", "`", "***a"] {
            let source = String(repeating: marker, count: 20_000) + "a" + String(repeating: String(marker.reversed()), count: 20_000)
            let check = HTMLFragmentCheck(MarkdownDocument(parsing: source).html())
            #expect(check.problem == nil)
            #expect(check.deepestInlineNesting <= InlineDepth.maximum)
        }
        let nested = String(repeating: "*a ", count: 5_000) + String(repeating: "b* ", count: 5_000)
        let check = HTMLFragmentCheck(MarkdownDocument(parsing: nested).html())
        #expect(check.problem == nil)
        #expect(check.deepestInlineNesting == InlineDepth.maximum)
    }

    @Test func tenThousandLines() {
        let items = (1...10_000).map { "- mục **\($0)** của `danh sách` [x](y.html)" }.joined(separator: "\n")
        let document = MarkdownDocument(parsing: items)
        #expect(document.blocks.count == 10_000)
        #expect(HTMLFragmentCheck(document.html()).problem == nil)

        let paragraph = (1...10_000).map { "dòng \($0) *a [b](" }.joined(separator: "\n")
        let blocks = MarkdownDocument(parsing: paragraph).blocks
        #expect(blocks.count == 1)

        let table = "| a | b |\n|---|---|\n" + String(repeating: "| x | y |\n", count: 10_000)
        guard case .table(let parsed)? = MarkdownDocument(parsing: table).blocks.first else {
            Issue.record("no table")
            return
        }
        #expect(parsed.rows.count == 10_000)
    }
}

/// The nesting bound the renderer promises, restated so the test fails if it grows unnoticed.
private enum InlineDepth {
    static let maximum = 32
}
