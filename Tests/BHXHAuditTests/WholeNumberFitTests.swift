@testable import BHXHAudit
import Foundation
import Testing

/// The integer test audit uses before dividing (issue 11: audit linear and fast): it says "fits"
/// only where the `Decimal` figure rounded half up is the one stated.
@Suite struct WholeNumberFitTests {
    private func shown(_ text: String) -> ShownNumber {
        let value = Decimal(string: text.replacingOccurrences(of: ",", with: ".")) ?? 0
        return ShownNumber(value: value, places: text.split(separator: ",").dropFirst().first?.count ?? 0, text: text)
    }

    @Test func coverage() {
        // 4.551 ÷ 20.845 × 100 = 21,8325738…
        #expect(WholeNumberFit.fits(shown("21,83"), numerator: 4551, denominator: 20845, minusHundred: false))
        #expect(WholeNumberFit.fits(shown("21,833"), numerator: 4551, denominator: 20845, minusHundred: false))
        #expect(!WholeNumberFit.fits(shown("21,84"), numerator: 4551, denominator: 20845, minusHundred: false))
        #expect(!WholeNumberFit.fits(shown("21,832"), numerator: 4551, denominator: 20845, minusHundred: false))
        // 1 ÷ 8 × 100 = 12,5: half up gives 13.
        #expect(WholeNumberFit.fits(shown("13"), numerator: 1, denominator: 8, minusHundred: false))
        #expect(!WholeNumberFit.fits(shown("12"), numerator: 1, denominator: 8, minusHundred: false))
        #expect(WholeNumberFit.fits(shown("0"), numerator: 0, denominator: 8, minusHundred: false))
    }

    @Test func growthAndWhatItLeavesToDecimal() {
        // 4.551 ÷ 4.484 × 100 − 100 = 1,4942…; as an index 101,4942…
        #expect(WholeNumberFit.fits(shown("1,49"), numerator: 4551, denominator: 4484, minusHundred: true))
        #expect(WholeNumberFit.fits(shown("101,49"), numerator: 4551, denominator: 4484, minusHundred: false))
        #expect(!WholeNumberFit.fits(shown("1,50"), numerator: 4551, denominator: 4484, minusHundred: true))
        // A decline, a zero base, a fraction, or figures too large: not decided here.
        #expect(!WholeNumberFit.fits(shown("-1,49"), numerator: 4484, denominator: 4551, minusHundred: true))
        #expect(!WholeNumberFit.fits(shown("0"), numerator: 4484, denominator: 0, minusHundred: true))
        #expect(!WholeNumberFit.fits(shown("50"), numerator: Decimal(string: "1.5") ?? 0, denominator: 3, minusHundred: false))
        #expect(!WholeNumberFit.fits(shown("100,000000000001"), numerator: 999_999_999_999, denominator: 999_999_999_999,
                                     minusHundred: false))
    }
}
