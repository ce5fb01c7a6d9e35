import Foundation
import Testing
import VietnameseFormat

@Suite struct NumberReadingTests {
    private func d(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

    @Test(arguments: [
        ("4466", "4466"), ("4.466", "4466"), ("4,466", "4466"), ("4 466", "4466"), ("4\u{A0}466", "4466"),
        ("4\u{202F}466", "4466"), ("12,345,678", "12345678"), ("12.345.678", "12345678"), ("1 234 567", "1234567"),
        ("1.234", "1234"), ("0", "0"), ("-0", "0"), ("007", "7"), ("-4.466", "-4466"), ("\u{2212}5", "-5"), ("+5", "5"),
        ("  4466 ", "4466"), ("4,5", "4.5"), ("4.46", "4.46"), ("1.2345", "1.2345"), ("1234.5", "1234.5"),
        ("0,466", "0.466"), ("0.466", "0.466"), ("1.234,5", "1234.5"), ("1,234.5", "1234.5"), ("1 234,5", "1234.5"),
        ("1.234.567,89", "1234567.89"), ("4,000", "4000"), ("4,0", "4"), ("999999999999999999999999999999",
                                                                         "999999999999999999999999999999"),
        ("000000000000000000000000000000000000001", "1"),
    ])
    func countReads(text: String, expected: String) throws {
        #expect(try NumberReading.count(text[...]) == d(expected))
    }

    @Test(arguments: [
        ("21,51", "21.51"), ("21.51", "21.51"), ("21,51%", "21.51"), ("21,51 %", "21.51"), ("100%", "100"),
        ("1.234", "1.234"), ("1,234", "1.234"), ("1.234,56", "1234.56"), ("1,234.56", "1234.56"),
        ("1.234.567", "1234567"), ("1 234", "1234"), ("1 234,5", "1234.5"), ("-3,5", "-3.5"), ("\u{2212}0,25", "-0.25"),
        ("+1,5", "1.5"), ("0,000001", "0.000001"), ("17", "17"), (" 5,0 ", "5"),
    ])
    func decimalReads(text: String, expected: String) throws {
        #expect(try NumberReading.decimal(text[...]) == d(expected))
    }

    @Test(arguments: [
        "", " ", "-", "−", "+", "abc", "1.2.3", "1,2,3", "12a", "4 5", "21 51", "4  466", "1..2", ".5", "5.", ",5", "5,",
        "1.234.56", "1,5.3", "1.234,567,8", "1,234.567.8", "1 234.567,8", "4466%", "1e5", "0x10", "- 5", "--5", "٤٤",
        "1.234 567",
    ])
    func countRejects(text: String) {
        #expect(throws: NumberReadingError.notANumber) { try NumberReading.count(text[...]) }
    }

    @Test(arguments: ["", "%", "-%", "21 51", "1,5.3", "2,1,5", "21,51%%", "% 5", "abc", "1.2.3", "5.", "x5"])
    func decimalRejects(text: String) {
        #expect(throws: NumberReadingError.notANumber) { try NumberReading.decimal(text[...]) }
    }

    @Test(arguments: [
        "1234567890123456789012345678901", "9999999999999999999999999999999999999999", "-1234567890123456789012345678901",
        "1" + String(repeating: "0", count: 30), "0," + String(repeating: "0", count: 128) + "1",
        "0,1234567890123456789012345678901",
    ])
    func tooManyDigitsIsTooLarge(text: String) {
        #expect(throws: NumberReadingError.tooLarge) { try NumberReading.count(text[...]) }
        #expect(throws: NumberReadingError.tooLarge) { try NumberReading.decimal(text[...]) }
    }

    @Test func zerosThatCarryNoDigitAreNotCounted() throws {
        let longFraction = "0," + String(repeating: "0", count: 127) + "1"
        #expect(try NumberReading.decimal(longFraction[...]) == Decimal(sign: .plus, exponent: -128, significand: 1))
        #expect(try NumberReading.decimal(("5," + String(repeating: "0", count: 60))[...]) == 5)
        #expect(try NumberReading.count("123456789012345678901234567890,000") == d("123456789012345678901234567890"))
    }

    @Test func valuesAreExactNotRounded() throws {
        let value = try NumberReading.count("123.456.789.012.345.678.901.234.567.890")
        #expect(value.description == "123456789012345678901234567890")
        #expect(try NumberReading.decimal("0,1") == d("0.1"))
        #expect(try NumberReading.decimal("1.234.567.890.123.456.789,0123456789").description
                    == "1234567890123456789.0123456789")
    }

    @Test func acceptsStringsAndSubstrings() throws {
        let cell = "x,4.466"
        #expect(try NumberReading.count(cell.split(separator: ",")[1]) == 4466)
        #expect(try NumberReading.count(String("4 466")) == 4466)
    }
}
