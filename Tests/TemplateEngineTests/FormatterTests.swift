import Foundation
import Testing
import TemplateEngine
import VietnameseFormat

@Suite struct FormatterTests {
    private func decimal(_ text: String) -> TemplateValue {
        .decimal(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan)
    }

    @Test func numbersAreGroupedTheVietnameseWay() throws {
        #expect(try render("{{ number(x) }}", ["x": 1_234_567]) == "1.234.567")
        #expect(try render("{{ number(x) }}", ["x": 1_000_000]) == "1.000.000")
        #expect(try render("{{ number(x) }}", ["x": 999]) == "999")
        #expect(try render("{{ number(x) }}", ["x": 0]) == "0")
        #expect(try render("{{ number(x) }}", ["x": -1_234]) == "-1.234")
        #expect(try render("{{ number(x) }}", ["x": 1000]) == "1.000")
        #expect(try render("{{number(x)}}", ["x": 12]) == "12")
    }

    @Test func decimalsRoundHalfUp() throws {
        #expect(try render("{{ number(x, 2) }}", ["x": decimal("2.345")]) == "2,35")
        #expect(try render("{{ number(x, 2) }}", ["x": decimal("99.995")]) == "100,00")
        #expect(try render("{{ number(x, 2) }}", ["x": decimal("-2.345")]) == "-2,35")
        #expect(try render("{{ number(x, 2) }}", ["x": decimal("21.505")]) == "21,51")
        #expect(try render("{{ number(x, 2) }}", ["x": decimal("-0.004")]) == "0,00")
        #expect(try render("{{ number(x, 1) }}", ["x": decimal("1234567.25")]) == "1.234.567,3")
        #expect(try render("{{ number(x) }}", ["x": decimal("2.5")]) == "3")
        #expect(try render("{{ number(x, 2) }}", ["x": 5]) == "5,00")
        #expect(try render("{{ number(x, 3) }}", ["x": decimal("0.0005")]) == "0,001")
    }

    @Test func percentagesKeepTwoDecimalsAndASign() throws {
        #expect(try render("{{ percent(x) }}", ["x": decimal("21.505")]) == "21,51%")
        #expect(try render("{{ percent(x, 1) }}", ["x": decimal("99.95")]) == "100,0%")
        #expect(try render("{{ percent(x, 0) }}", ["x": 45]) == "45%")
        #expect(try render("{{ percent(x) }}", ["x": decimal("-3.336")]) == "-3,34%")
    }

    @Test func aMissingOrNullValueIsADashButZeroIsAFigure() throws {
        #expect(try render("{{ number(x) }}", [:]) == "-")
        #expect(try render("{{ number(x) }}", ["x": nil]) == "-")
        #expect(try render("{{ number(x) }}", ["x": 0]) == "0")
        #expect(try render("{{ percent(x) }}", ["x": nil]) == "-")
        #expect(try render("{{ date(x) }}|{{ upper(x) }}|{{ roman(x) }}", ["x": nil]) == "-|-|-")
        #expect(try render("{{ upper(date(x)) }}", [:]) == "-")
        #expect(try render("{{ number(a.b) }}", ["a": nil]) == "-")
    }

    @Test func officialDatesPadDaysAndTheFirstTwoMonths() throws {
        #expect(try render("{{ date(d) }}", ["d": "2018-09-26"]) == "ngày 26 tháng 9 năm 2018")
        #expect(try render("{{ date(d) }}", ["d": "2020-01-05"]) == "ngày 05 tháng 01 năm 2020")
        #expect(try render("{{ date(d) }}", ["d": "2021-02-09"]) == "ngày 09 tháng 02 năm 2021")
        #expect(try render("{{ date(d) }}", ["d": "2019-03-01"]) == "ngày 01 tháng 3 năm 2019")
        #expect(try render("{{ date(d) }}", ["d": "2019-12-31"]) == "ngày 31 tháng 12 năm 2019")
        #expect(try render("{{ shortdate(d) }}", ["d": "2018-08-03"]) == "03/8/2018")
        let signed = OfficialDate(year: 2020, month: 1, day: 5)
        #expect(try render("{{ date(d) }}", ["d": signed.templateValue]) == "ngày 05 tháng 01 năm 2020")
    }

    @Test func upperCaseKeepsDiacriticsInNFC() throws {
        let decomposed = "Toa\u{300}n ti\u{309}nh"
        let text = try render("{{ upper(x) }}", ["x": .string(decomposed)])
        #expect(text == "TOÀN TỈNH")
        #expect(text.unicodeScalars.count == "TOÀN TỈNH".unicodeScalars.count)
        #expect(try render("{{ upper(x) }}", ["x": "Bắc Kạn"]) == "BẮC KẠN")
        #expect(try render("{{ upper(x) }}", ["x": "đồng"]) == "ĐỒNG")
        #expect(try render("{{ upper(date(d)) }}", ["d": "2018-09-26"]) == "NGÀY 26 THÁNG 9 NĂM 2018")
    }

    @Test func romanNumeralsForSectionNumbers() throws {
        #expect(try render("{{ roman(n) }}", ["n": 1]) == "I")
        #expect(try render("{{ roman(n) }}", ["n": 4]) == "IV")
        #expect(try render("{{ roman(n) }}", ["n": 14]) == "XIV")
        #expect(try render("{{ roman(n) }}", ["n": 3999]) == "MMMCMXCIX")
        #expect(try render("{{ roman(n) }}", ["n": decimal("9")]) == "IX")
        #expect(try render("{{#parts}}{{ roman(n) }}. {{title}}\n{{/parts}}",
                           ["parts": [["n": 1, "title": "Mục tiêu"], ["n": 2, "title": "Giải pháp"]]])
                == "I. Mục tiêu\nII. Giải pháp\n")
    }

    @Test func formattedTextIsEscapedUnlessTripled() throws {
        #expect(try render("{{ upper(x) }}", ["x": "a<b"], path: "t.html.mustache") == "A&lt;B")
        #expect(try render("{{{ upper(x) }}}", ["x": "a<b"], path: "t.html.mustache") == "A<B")
        #expect(try render("{{& upper(x) }}", ["x": "a<b"], path: "t.html.mustache") == "A<B")
    }

    @Test func wrongValuesAreErrorsThatPoint() throws {
        let text = try #require(renderError("Dân số: {{ number(name) }}", ["name": "Bắc Kạn"], path: "p.txt.mustache"))
        #expect(text.description == """
            p.txt.mustache:1:12: error: number() needs a number, got a text (Bắc Kạn)
            Dân số: {{ number(name) }}
                       ^
            """)
        #expect(renderError("{{ date(d) }}", ["d": "26/09/2018"])?.message == "date() needs a date written YYYY-MM-DD, got a text (26/09/2018)")
        #expect(renderError("{{ date(d) }}", ["d": "2019-02-29"])?.message == "date() needs a date written YYYY-MM-DD, got a text (2019-02-29)")
        #expect(renderError("{{ roman(n) }}", ["n": 0])?.message == "roman() needs a whole number from 1 to 3999, got a number (0)")
        #expect(renderError("{{ roman(n) }}", ["n": decimal("1.5")])?.message == "roman() needs a whole number from 1 to 3999, got a number (1.5)")
        #expect(renderError("{{ upper(list) }}", ["list": [1]])?.message == "upper() needs a text, got a list")
    }

    @Test func unknownFormattersAndBadArgumentsAreParseErrors() throws {
        let unknown = try #require(renderError("a\n  {{ nubmer(x) }}"))
        #expect(unknown.description == """
            test.mustache:2:6: error: unknown formatter "nubmer"; the formatters are number, percent, date, shortdate, upper, roman
              {{ nubmer(x) }}
                 ^
            """)
        #expect(renderError("{{ number(x, 11) }}")?.message == "the number of decimals must be a whole number from 0 to 10")
        #expect(renderError("{{ number(x, two) }}")?.column == 14)
        #expect(renderError("{{ upper(x, 2) }}")?.message == "upper() takes no number of decimals")
        #expect(renderError("{{ number(x }}")?.message == "expected \")\" to close \"number(\"")
        #expect(renderError("{{ number(x) y }}")?.message == "unexpected \"y\" after the end of the expression")
        #expect(renderError("{{#number(x)}}{{/number(x)}}")?.message == "a section needs a name (formatters only work in value tags like {{ number(x) }})")
        let deep = String(repeating: "upper(", count: 9) + "x" + String(repeating: ")", count: 9)
        #expect(renderError("{{\(deep)}}")?.message == "formatters are nested more than 8 deep")
    }
}
