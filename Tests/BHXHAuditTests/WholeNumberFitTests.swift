@testable import BHXHAudit
import Foundation
import Testing
import VietnameseFormat

/// The integer test audit uses before dividing (issue 11: audit linear and fast): it says "fits"
/// only where the `Decimal` figure rounded half up is the one stated.
@Suite struct WholeNumberFitTests {
    private func shown(_ text: String) -> ShownNumber {
        let value = Decimal(string: text.replacingOccurrences(of: ",", with: ".")) ?? 0
        return ShownNumber(value: value, places: text.split(separator: ",").dropFirst().first?.count ?? 0, text: text)
    }

    private func fixed(_ value: Decimal) -> FixedDecimal? { FixedDecimal(exactly: value) }

    @Test func coverage() {
        // 4.551 ÷ 20.845 × 100 = 21,8325738…
        #expect(WholeNumberFit.fits(shown("21,83"), numerator: fixed(4551), denominator: fixed(20845), minusHundred: false))
        #expect(WholeNumberFit.fits(shown("21,833"), numerator: fixed(4551), denominator: fixed(20845), minusHundred: false))
        #expect(!WholeNumberFit.fits(shown("21,84"), numerator: fixed(4551), denominator: fixed(20845), minusHundred: false))
        #expect(!WholeNumberFit.fits(shown("21,832"), numerator: fixed(4551), denominator: fixed(20845), minusHundred: false))
        // 1 ÷ 8 × 100 = 12,5: half up gives 13.
        #expect(WholeNumberFit.fits(shown("13"), numerator: fixed(1), denominator: fixed(8), minusHundred: false))
        #expect(!WholeNumberFit.fits(shown("12"), numerator: fixed(1), denominator: fixed(8), minusHundred: false))
        #expect(WholeNumberFit.fits(shown("0"), numerator: fixed(0), denominator: fixed(8), minusHundred: false))
    }

    @Test func growthAndWhatItLeavesToDecimal() {
        // 4.551 ÷ 4.484 × 100 − 100 = 1,4942…; as an index 101,4942…
        #expect(WholeNumberFit.fits(shown("1,49"), numerator: fixed(4551), denominator: fixed(4484), minusHundred: true))
        #expect(WholeNumberFit.fits(shown("101,49"), numerator: fixed(4551), denominator: fixed(4484), minusHundred: false))
        #expect(!WholeNumberFit.fits(shown("1,50"), numerator: fixed(4551), denominator: fixed(4484), minusHundred: true))
        // A decline, a zero base, a fraction, or figures too large: not decided here.
        #expect(!WholeNumberFit.fits(shown("-1,49"), numerator: fixed(4484), denominator: fixed(4551), minusHundred: true))
        #expect(!WholeNumberFit.fits(shown("0"), numerator: fixed(4484), denominator: fixed(0), minusHundred: true))
        #expect(!WholeNumberFit.fits(shown("50"), numerator: fixed(Decimal(string: "1.5") ?? 0), denominator: fixed(3), minusHundred: false))
        #expect(!WholeNumberFit.fits(shown("100,000000000001"), numerator: fixed(999_999_999_999), denominator: fixed(999_999_999_999),
                                     minusHundred: false))
    }
}
