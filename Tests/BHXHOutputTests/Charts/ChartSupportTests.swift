import Foundation
import Testing
import VietnameseFormat
@testable import BHXHOutput

@Suite struct ChartSupportTests {
    private func d(_ text: String) -> ExactNumber { ExactNumber(Decimal(string: text)!) }

    @Test func coordinatesHaveOneDecimalAtMost() {
        #expect(SVGBuilder.number(12.000000001) == "12")
        #expect(SVGBuilder.number(12.35) == "12.4")
        #expect(SVGBuilder.number(-0.04) == "0")
        #expect(SVGBuilder.number(1.0 / 3 * 3) == "1")
        #expect(SVGBuilder.number(-7.25) == "-7.3")
        #expect(SVGBuilder.number(-0.5) == "-0.5")
        #expect(SVGBuilder.number(1_234_567.89) == "1234567.9")
        #expect(SVGBuilder.number(.nan) == "0")
    }

    @Test func coordinatesKeepEveryDigitAtPowersOfTen() {
        #expect(SVGBuilder.number(0) == "0")
        #expect(SVGBuilder.number(0.06) == "0.1")
        #expect(SVGBuilder.number(9.96) == "10")
        #expect(SVGBuilder.number(100) == "100")
        #expect(SVGBuilder.number(-1_000.04) == "-1000")
        #expect(SVGBuilder.number(-10.05) == "-10.1")
        #expect(SVGBuilder.number(99_999_999_999_999.9) == "99999999999999.9")
    }

    @Test func builderWritesSourceTextAsItIsAndEscapesData() {
        var svg = SVGBuilder()
        svg.start("g")
        svg.attribute("class", "a&b")
        svg.attribute("stroke", nil as StaticString?)
        svg.attribute("x", -2.25)
        svg.attribute("aria-label", text: "Xã \"Tân\" <1> & 2")
        svg.endOpen()
        svg.openContent("title")
        svg.integer(-2024)
        svg.literal(" – ")
        svg.escaped("a<b")
        svg.close("title")
        svg.startLine(from: 0, 0.04, to: 10.05, 6)
        svg.endEmpty()
        svg.close("g")
        #expect(String(decoding: svg.utf8, as: UTF8.self) == """
            <g class="a&b" x="-2.3" aria-label="Xã &quot;Tân&quot; &lt;1&gt; &amp; 2">
            <title>-2024 – a&lt;b</title>
            <line x1="0" y1="0" x2="10.1" y2="6"/>
            </g>

            """)
    }

    @Test func chartBytesGrowPastTheirCapacityAndKeepEveryByte() {
        var bytes = ChartBytes(capacity: 16)
        let word: StaticString = "polyline"
        for _ in 0..<5 { bytes.append(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)) }
        bytes.append(UInt8(ascii: " "))
        bytes.appendDigits(0)
        bytes.append(UInt8(ascii: " "))
        bytes.appendDigits(1_234_567_890)
        bytes.append(UInt8(ascii: " "))
        bytes.appendDigits(UInt.max)
        #expect(bytes.count == 40 + 1 + 1 + 1 + 10 + 1 + 20)
        #expect(String(decoding: bytes.array, as: UTF8.self)
            == String(repeating: "polyline", count: 5) + " 0 1234567890 18446744073709551615")
    }

    @Test func scaleIncludesZeroAndUsesNiceSteps() {
        let percent = ValueScale(covering: [d("14.11"), d("4.2"), d("15")])
        #expect(percent.lower == 0 && percent.upper == 15)
        #expect(percent.ticks == [0, 5, 10, 15])
        #expect(percent.tickDecimals == 0)
        let mixed = ValueScale(covering: [d("-11.8"), d("25")])
        #expect(mixed.lower == -20 && mixed.upper == 30)
        let small = ValueScale(covering: [d("0.37")])
        #expect(small.ticks.last == d("0.4") && small.tickDecimals == 1)
        let zero = ValueScale(covering: [0, 0])
        #expect(zero.ticks == [0, 1] && zero.tickDecimals == 0)
        #expect(percent.position(d("7.5"), from: 100, to: 200) == 150)
    }

    @Test func scaleFindsItsEndsAmongValuesWithAndWithoutAnIntegerForm() {
        // 22 decimals do not fit an integer form (`FixedDecimal`), so the tiny fall is held and compared as
        // a `Decimal` with the others; it still takes the axis below zero, one step of 1 down.
        let tiny = d("-0.0000000000000000001234")
        let scale = ValueScale(covering: [d("3.5"), tiny, d("5"), d("4.75")])
        #expect(scale.lower == -1 && scale.upper == 5)
        // Steps of 2 (7,5 over five intervals is 1,5): -2,5 lies between -4 and -2.
        let reversed = ValueScale(covering: [d("5"), d("0.0000000000000000000001"), d("-2.5"), tiny])
        #expect(reversed.lower == -4 && reversed.upper == 6)
    }

    @Test func widthsAreSummedByCharacterClassWhetherTextIsASCIIOrNot() {
        // Hundredths of an em by hand: digits 50, "." and "," 28, capitals 70, small letters 48,
        // a space 25, anything else 55; at a font size of 100 the width is that sum.
        #expect(TextMeasure.width("1.234,5", fontSize: 100) == 50 + 28 + 50 + 50 + 50 + 28 + 50)
        #expect(TextMeasure.width("A a-", fontSize: 100) == 70 + 25 + 48 + 55)
        #expect(TextMeasure.width("Hà Nội", fontSize: 100) == 70 + 48 + 25 + 70 + 48 + 48)
        // "\r\n" is one character, measured once.
        #expect(TextMeasure.width("a\r\nb", fontSize: 100) == 48 + 55 + 48)
        #expect(TextMeasure.width("", fontSize: 100) == 0)
        #expect(TextMeasure.width("00", fontSize: 12) == 12)
    }

    @Test func truncationKeepsWholeCharactersAndAddsAnEllipsis() {
        let text = "Thành phố Bắc Kạn"
        #expect(TextMeasure.truncated(text, toWidth: 1_000, fontSize: 12) == text)
        let cut = TextMeasure.truncated(text, toWidth: 50, fontSize: 12)
        #expect(cut.hasSuffix("…") && !cut.hasSuffix(" …"))
        #expect(TextMeasure.width(cut, fontSize: 12) <= 50)
        #expect(text.hasPrefix(cut.dropLast()))
    }
}
