import Foundation
import Testing
@testable import VietnameseFormat

/// The quick reading of plain cells gives what the full reading gives, and reads the usual cells.
@Suite struct PlainNumberTests {
    private func d(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

    @Test func theUsualCellsAreReadQuickly() throws {
        let count = { (text: String) in PlainNumber.read(text, percent: false) }
        let rate = { (text: String) in PlainNumber.read(text, percent: true) }
        #expect(try #require(count("4466")) == (d("4466"), 0))
        #expect(try #require(count("4.466")) == (d("4466"), 0))
        #expect(try #require(count("12,345,678")) == (d("12345678"), 0))
        #expect(try #require(count("4,5")) == (d("4.5"), 1))
        #expect(try #require(rate("21,51")) == (d("21.51"), 2))
        #expect(try #require(rate("21,510")) == (d("21.51"), 3), "a trailing zero is shown, not part of the value")
        #expect(try #require(rate("1.234")) == (d("1.234"), 3), "a single mark in a rate is the decimal mark")
        #expect(try #require(rate("1.234.567")) == (d("1234567"), 0))
        #expect(try #require(rate("0,000")) == (0, 3))
        for text in ["-5", " 4466", "4 466", "1.234,5", "15%", "", "1.2.3", "4,", ".5", "1234567890123456789"] {
            #expect(count(text) == nil, "\(text) takes the full reading")
        }
    }

    /// Every text of up to six characters of digits and marks: the quick reading, when it reads
    /// one, gives the full reading's value (the same `Decimal`, printed the same) and places.
    @Test(arguments: [false, true])
    func agreesWithTheFullReading(percent: Bool) {
        let alphabet: [Character] = ["0", "1", "4", "9", ".", ","]
        var texts = [""]
        var read = 0
        for _ in 1...6 {
            texts = texts.flatMap { text in alphabet.map { text + String($0) } }
            for text in texts {
                guard let quick = PlainNumber.read(text, percent: percent) else { continue }
                read += 1
                let full = try? NumberReading.withPlacesInFull(text, percent: percent)
                #expect(full?.value == quick.value && full?.places == quick.places
                        && full.map { "\($0.value)" } == "\(quick.value)", "\(text)")
            }
        }
        #expect(read > 10_000)
    }

    @Test func longCellsAgreeToo() {
        for text in ["123456789012345678", "1.234.567.890.123.456.789", "0,000000000000000001", "100000000000000000,0",
                     "999.999.999.999.999.999", "000000000000000000"] {
            for percent in [false, true] {
                guard let quick = PlainNumber.read(text, percent: percent) else { continue }
                let full = try? NumberReading.withPlacesInFull(text, percent: percent)
                #expect(full?.value == quick.value && full?.places == quick.places, "\(text)")
            }
        }
    }

    @Test(arguments: ["0", "7", "4466", "007", "123456789012345678", "1234567890123456789", "", "4.466", "12,345",
                      "1 234", "-5", "+5", "12a", "1.5", "١٢", "９"])
    func aTextOfDigitsReadsAsItsPartsRead(text: String) {
        let bytes = Array(text.utf8)
        let digits = bytes.withUnsafeBufferPointer { PlainNumber.digits($0) }
        let plain = PlainNumber.wholeCount(text)  // read through its parts, not the digits path
        // Digits only, 1 to 18 of them: the same number; anything else is left to the parts.
        if let digits { #expect(digits == plain) }
        #expect((digits != nil) == (!bytes.isEmpty && bytes.count <= 18 && bytes.allSatisfy { (0x30...0x39).contains($0) }))
    }

    @Test func digitCellsGiveTheirNumbers() {
        #expect(Array("123456789012345678".utf8).withUnsafeBufferPointer { PlainNumber.digits($0) } == 123_456_789_012_345_678)
        #expect(Array("0042".utf8).withUnsafeBufferPointer { PlainNumber.digits($0) } == 42)
    }
}
