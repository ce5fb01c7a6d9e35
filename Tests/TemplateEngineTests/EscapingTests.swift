import Testing
import TemplateEngine

@Suite struct EscapingTests {
    private let risky: TemplateValue = ["x": "<a href=\"x\">Tom & Jerry's</a>"]

    @Test func theFileNameChoosesTheEscaping() {
        #expect(OutputEscaping(fileName: "plan.html.mustache") == .html)
        #expect(OutputEscaping(fileName: "templates/plan.md.mustache") == .markdown)
        #expect(OutputEscaping(fileName: "note.txt.mustache") == .none)
        #expect(OutputEscaping(fileName: "row.mustache") == .html)
        #expect(OutputEscaping(fileName: "chart.svg.mustache") == .html)
        #expect(OutputEscaping(fileName: "README.MD.mustache") == .markdown)
    }

    @Test func htmlEscapesMarkupAndQuotes() throws {
        #expect(try render("{{x}}", risky, path: "p.html.mustache") == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(try render("{{x}}", risky, path: "p.mustache") == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(try render("{{x}}", ["x": "Bắc Kạn — 100%"], path: "p.html.mustache") == "Bắc Kạn — 100%")
    }

    @Test func plainTextEscapesNothing() throws {
        #expect(try render("{{x}}", risky, path: "p.txt.mustache") == "<a href=\"x\">Tom & Jerry's</a>")
    }

    @Test func tripleMustacheAndAmpersandNeverEscape() throws {
        for path in ["p.html.mustache", "p.md.mustache", "p.mustache"] {
            #expect(try render("{{{x}}}|{{&x}}", ["x": "<b>*|*</b>"], path: path) == "<b>*|*</b>|<b>*|*</b>")
        }
    }

    @Test func markdownEscapesWhatWouldBreakIt() throws {
        let value: TemplateValue = ["x": #"a\b `c` *d* _e_ [f](g) <h> i|j #k ~l~ &m;"#]
        #expect(try render("Text {{x}}", value, path: "p.md.mustache")
                == ##"Text a\\b \`c\` \*d\* \_e\_ \[f\](g) \<h\> i\|j \#k \~l\~ \&m;"##)
    }

    @Test func markdownKeepsATableCellInItsCellAndRow() throws {
        let template = "| Đơn vị | Số người |\n|---|---:|\n{{#rows}}\n| {{name}} | {{ number(n) }} |\n{{/rows}}\n"
        let rows: TemplateValue = ["rows": [["name": "Phường A|B", "n": 1234], ["name": "Xã C\nD", "n": 5]]]
        #expect(try render(template, rows, path: "p.md.mustache") == """
            | Đơn vị | Số người |
            |---|---:|
            | Phường A\\|B | 1.234 |
            | Xã C D | 5 |

            """)
    }

    @Test func markdownValuesCannotStartAListOrHeadingUnderline() throws {
        #expect(try render("{{x}}", ["x": "- item"], path: "p.md.mustache") == "\\- item")
        #expect(try render("  {{x}}", ["x": "+ item"], path: "p.md.mustache") == "  \\+ item")
        #expect(try render("a\n{{x}}", ["x": "==="], path: "p.md.mustache") == "a\n\\===")
        #expect(try render("{{x}}", ["x": "12. Mục"], path: "p.md.mustache") == "12\\. Mục")
        #expect(try render("{{x}}", ["x": "3)"], path: "p.md.mustache") == "3\\)")
        #expect(try render("{{x}}", ["x": "1.234.567"], path: "p.md.mustache") == "1.234.567")
        #expect(try render("{{x}}", ["x": "-5"], path: "p.md.mustache") == "\\-5")
        #expect(try render("Giảm {{x}}", ["x": "-5 người"], path: "p.md.mustache") == "Giảm -5 người")
        #expect(try render("x {{x}}", ["x": "1. a"], path: "p.md.mustache") == "x 1. a")
    }

    @Test func markdownEscapesEachSpecialByteInsideALineAndNoOther() throws {
        let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "&"]
        for scalar in (32...126).compactMap(Unicode.Scalar.init) {
            let character = Character(scalar)
            let expected = special.contains(character) ? "a \\\(character)b" : "a \(character)b"
            #expect(try render("a {{x}}", ["x": .string("\(character)b")], path: "p.md.mustache") == expected)
        }
        #expect(try render("a {{x}}", ["x": "Xã Đông\r\nTây"], path: "p.md.mustache") == "a Xã Đông Tây")
    }
}
