import MarkdownRenderer
import Testing

@Suite struct HTMLWriterTests {
    private func html(_ source: String) -> String {
        MarkdownDocument(parsing: source).html()
    }

    @Test func officialItemsCarryTheirKindAndLiteralMarker() {
        #expect(html("I. MỤC TIÊU\n1. Mục tiêu chung\na) Đối với\n- Một\n+ Hai\n-") == """
        <p class="item roman"><span class="marker">I.</span> MỤC TIÊU</p>
        <p class="item number"><span class="marker">1.</span> Mục tiêu chung</p>
        <p class="item letter"><span class="marker">a)</span> Đối với</p>
        <p class="item dash"><span class="marker">-</span> Một</p>
        <p class="item plus"><span class="marker">+</span> Hai</p>
        <p class="item dash"><span class="marker">-</span></p>

        """)
    }

    @Test func rawHTMLIsShownAsText() {
        #expect(html("<script>alert(\"x\")</script> & <b>đậm</b>") ==
            "<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;đậm&lt;/b&gt;</p>\n")
        #expect(html("&amp; &#60;") == "<p>&amp;amp; &amp;#60;</p>\n")
    }

    @Test func linksAreEscapedAndRefusedOnesAreText() {
        #expect(html("[a](x.html?a=1&b=\"2\" \"t<>\")") ==
            "<p><a href=\"x.html?a=1&amp;b=&quot;2&quot;\" title=\"t&lt;&gt;\">a</a></p>\n")
        #expect(html("[a](javascript:alert(1))") == "<p>[a](javascript:alert(1))</p>\n")
        let handBuilt = MarkdownDocument(blocks: [.paragraph([.link(destination: "javascript:x", title: nil, content: [.text("a")])])])
        #expect(handBuilt.html() == "<p>a</p>\n")
    }

    @Test func inlineMarkup() {
        #expect(html("**đậm** *nghiêng* `mã <x>`  \nmới") ==
            "<p><strong>đậm</strong> <em>nghiêng</em> <code>mã &lt;x&gt;</code><br>\nmới</p>\n")
    }

    @Test func tableHasHeaderScopeAndAlignment() {
        #expect(html("| Đơn vị | Tỷ lệ |\n|---|--:|\n| Ba Bể | 8,44 |") == """
        <table>
        <thead>
        <tr><th scope="col">Đơn vị</th><th scope="col" style="text-align: right">Tỷ lệ</th></tr>
        </thead>
        <tbody>
        <tr><td>Ba Bể</td><td style="text-align: right">8,44</td></tr>
        </tbody>
        </table>

        """)
        #expect(!html("| a |\n|:-:|").contains("<tbody>"))
    }

    @Test func headingsAndOffset() {
        let document = MarkdownDocument(parsing: "# Một\n###### Sáu")
        #expect(document.html() == "<h1>Một</h1>\n<h6>Sáu</h6>\n")
        #expect(MarkdownHTMLWriter(headingOffset: 1).write(document) == "<h2>Một</h2>\n<h6>Sáu</h6>\n")
        #expect(MarkdownHTMLWriter(headingOffset: Int.max).write(document) == "<h6>Một</h6>\n<h6>Sáu</h6>\n")
        let odd = MarkdownDocument(blocks: [.heading(level: Int.max, content: [])])
        #expect(MarkdownHTMLWriter(headingOffset: Int.min).write(odd) == "<h1></h1>\n")
    }

    @Test func bulletList() {
        #expect(html("* một\n* hai") == "<ul>\n<li>một</li>\n<li>hai</li>\n</ul>\n")
    }

    @Test func writesIntoAnExistingBuffer() {
        var page = "<main>\n"
        MarkdownHTMLWriter().write(MarkdownDocument(parsing: "Đoạn"), into: &page)
        #expect(page == "<main>\n<p>Đoạn</p>\n")
    }

    @Test func controlCharactersBecomeReplacementCharacters() {
        #expect(MarkupEscaping.escaped("a\u{0}b\u{1B}c\u{7F}d\u{FFFF}e\tf") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\tf")
    }

    @Test func vietnameseTextIsPlainByItsBytes() {
        // Letters with diacritics are two bytes from 0xC3 or three from 0xE1: plain, left as they are.
        #expect("Tỉnh Bắc Kạn, Đoạn".utf8.allSatisfy(MarkupEscaping.isPlainUTF8))
        #expect(!MarkupEscaping.needsEscaping("Tỉnh Bắc Kạn, Đoạn"))
        // The lead bytes of the C1 controls, of U+F000–U+FFFF and of the planes beyond are not.
        #expect(!MarkupEscaping.isPlainUTF8(0xC2))
        #expect(!MarkupEscaping.isPlainUTF8(0xEF))
        #expect(!MarkupEscaping.isPlainUTF8(0xF0))
        #expect(!MarkupEscaping.isPlainUTF8(UInt8(ascii: "&")))
        #expect(MarkupEscaping.isPlainUTF8(0xC3))
    }

    @Test func charactersAfterTheLeftOutLeadBytesAreStillChecked() {
        // A C1 control (C2 85), a noncharacter of the BMP (EF B7 90) and of plane 1 (F0 9F BF BE)
        // are replaced; a no-break space (C2 A0), U+F8FF (EF A3 BF) and an emoji (F0 9F 98 80) stay.
        // (Swift rejects noncharacters in a literal.)
        let noncharacter = { (value: UInt32) in String(Character(Unicode.Scalar(value)!)) }
        #expect(MarkupEscaping.escaped("a\u{85}b" + noncharacter(0xFDD0) + "c" + noncharacter(0x1FFFE) + "d")
            == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d")
        #expect(MarkupEscaping.escaped("a\u{A0}b\u{F8FF}c\u{1F600}d") == "a\u{A0}b\u{F8FF}c\u{1F600}d")
        #expect(MarkupEscaping.escaped("Kạn & \"Bắc\"") == "Kạn &amp; &quot;Bắc&quot;")
    }
}
