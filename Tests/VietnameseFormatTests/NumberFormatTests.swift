import Foundation
import Testing
import VietnameseFormat

@Suite struct NumberFormatTests {
    private func d(_ text: String) -> Decimal { Decimal(string: text)! }

    @Test(arguments: [
        ("0", 0, "0"), ("1234567", 0, "1.234.567"), ("1000000", 0, "1.000.000"), ("999", 0, "999"),
        ("-1234", 0, "-1.234"), ("21.5115", 2, "21,51"), ("99.995", 2, "100,00"), ("0.005", 2, "0,01"),
        ("-0.001", 2, "0,00"), ("-0.4", 0, "0"), ("2.5", 0, "3"), ("-2.5", 0, "-3"), ("13.165", 3, "13,165"),
        ("4.5", 1, "4,5"), ("1234.5", 2, "1.234,50"), ("123456789012345678901234567890", 0,
                                                         "123.456.789.012.345.678.901.234.567.890"),
    ])
    func vietnamese(value: String, decimals: Int, expected: String) {
        #expect(NumberStyle.vietnamese.format(d(value), decimals: decimals) == expected)
    }

    @Test func plainHasNoGroupingAndADot() {
        #expect(NumberStyle.plain.format(d("1234567.891"), decimals: 2) == "1234567.89")
        #expect(NumberStyle.plainDecimalComma.format(d("1234567.891"), decimals: 2) == "1234567,89")
        #expect(NumberStyle.plain.format(d("-17.73087"), decimals: 4) == "-17.7309")
    }

    @Test func roundingIsHalfUpAwayFromZero() {
        #expect(d("4551.5").roundedHalfUp() == d("4552"))
        #expect(d("4551.49999").roundedHalfUp() == d("4551"))
        #expect(d("-0.5").roundedHalfUp() == d("-1"))
        #expect(d("218.75").roundedHalfUp(places: 1) == d("218.8"))
        #expect(d("3.0").isWholeNumber)
        #expect(!d("3.01").isWholeNumber)
    }
}

@Suite struct OfficialDateTests {
    @Test(arguments: [
        ("2018-09-26", "ngày 26 tháng 9 năm 2018", "26/9/2018"),
        ("2020-01-05", "ngày 05 tháng 01 năm 2020", "05/01/2020"),
        ("2021-02-09", "ngày 09 tháng 02 năm 2021", "09/02/2021"),
        ("2019-03-01", "ngày 01 tháng 3 năm 2019", "01/3/2019"),
        ("2019-12-31", "ngày 31 tháng 12 năm 2019", "31/12/2019"),
    ])
    func longAndShortForms(iso: String, long: String, short: String) throws {
        let date = try #require(OfficialDate(iso: iso))
        #expect(date.vietnameseLong == long)
        #expect(date.vietnameseShort == short)
        #expect(date.iso == iso)
    }

    @Test(arguments: ["2019-02-29", "2019-13-01", "2019-1-5", "20190105", "2019-04-31", "", "2019-0a-01"])
    func rejectsWhatIsNotADay(text: String) {
        #expect(OfficialDate(iso: text) == nil)
    }

    @Test func leapDayExists() {
        #expect(OfficialDate(iso: "2020-02-29") != nil)
        #expect(OfficialDate(iso: "2100-02-29") == nil)
    }
}

@Suite struct TextTests {
    @Test func upperCaseKeepsDiacriticsInNFC() {
        #expect(vietnameseUppercased("Toàn tỉnh") == "TOÀN TỈNH")
        #expect(vietnameseUppercased("Ủy ban nhân dân tỉnh Bắc Kạn") == "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN")
        let decomposed = "Đường".decomposedStringWithCanonicalMapping
        #expect(vietnameseUppercased(decomposed).unicodeScalars.count == "ĐƯỜNG".unicodeScalars.count)
    }

    @Test func romanNumerals() {
        #expect(romanNumeral(1) == "I")
        #expect(romanNumeral(4) == "IV")
        #expect(romanNumeral(9) == "IX")
        #expect(romanNumeral(14) == "XIV")
        #expect(romanNumeral(1994) == "MCMXCIV")
        #expect(romanNumeral(0) == nil)
        #expect(romanNumeral(4000) == nil)
    }
}
