import Testing
import Spreadsheet

/// A cell's number is exact decimal text, or it is no number.
@Suite struct DecimalTextTests {
    @Test(arguments: ["0", "4484", "-4", "21.511", "-0.5", "177065.0000"])
    func plainDecimalsAreNumbers(_ text: String) {
        #expect(DecimalText(text)?.text == text)
    }

    @Test(arguments: ["", "-", ".5", "5.", "-.5", "1e5", "21,5", "1.2.3", "--1", "+1", " 1", "1 ", "١٢", "4-4"])
    func anythingElseIsNot(_ text: String) {
        #expect(DecimalText(text) == nil)
    }

    @Test func aWholeNumberIsItsDigits() {
        #expect(DecimalText(-2025).text == "-2025")
    }
}
