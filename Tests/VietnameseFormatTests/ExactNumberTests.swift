import Foundation
import Testing
import VietnameseFormat

@Suite struct ExactNumberTests {
    @Test func valuesThatFitAreHeldInIntegers() throws {
        // 21,51 = 2151 × 10⁻²; −0,005 = −5 × 10⁻³; 4484 whole.
        #expect(ExactNumber(Decimal(string: "21.51")!).fixed == FixedDecimal(units: 2151, scale: 2))
        #expect(ExactNumber(Decimal(string: "-0.005")!).fixed == FixedDecimal(units: -5, scale: 3))
        #expect(ExactNumber(4484).fixed == FixedDecimal(4484))
        // 18 digits after the mark still fit; 999.999.999.999.999.999 (18 nines) does too.
        #expect(ExactNumber(Decimal(string: "0.123456789012345678")!).fixed == FixedDecimal(units: 123_456_789_012_345_678, scale: 18))
        #expect(ExactNumber(Decimal(string: "999999999999999999")!).fixed == FixedDecimal(999_999_999_999_999_999))
    }

    @Test func valuesBeyondIntegersKeepTheirExactDecimal() throws {
        // 19 decimals, and 10²⁰: neither fits Int64 units of 10^−18 … 10⁰.
        let tiny = Decimal(string: "0.1234567890123456789")!
        let huge = Decimal(string: "100000000000000000000")!
        #expect(ExactNumber(tiny).fixed == nil)
        #expect(ExactNumber(tiny).decimal == tiny)
        #expect(ExactNumber(huge).fixed == nil)
        #expect(ExactNumber(huge).decimal == huge)
        // Still written exactly: 10²⁰ grouped, the 19-decimal value rounded half up at 4 (…6789 → 0,1235).
        #expect(NumberStyle.vietnamese.format(ExactNumber(huge)) == "100.000.000.000.000.000.000")
        #expect(NumberStyle.vietnamese.format(ExactNumber(tiny), decimals: 4) == "0,1235")
    }

    @Test func equalValuesAreEqualHoweverWritten() {
        // 1,5 and 1,50 are one value: equal and hashed alike.
        let short = ExactNumber(FixedDecimal(units: 15, scale: 1)!)
        let long = ExactNumber(FixedDecimal(units: 150, scale: 2)!)
        #expect(short == long)
        #expect(Set([short, long]).count == 1)
        #expect(ExactNumber(2) != ExactNumber(FixedDecimal(units: 21, scale: 1)!))
        #expect(ExactNumber(FixedDecimal(units: 2151, scale: 2)!).decimal == Decimal(string: "21.51")!)
    }

    @Test func formatsHalfUpFromTheIntegers() {
        // 2,125 → "2,13", −2,125 → "-2,13", −0,004 → "0" (no minus for a zero), 1234567 → "1.234.567".
        #expect(NumberStyle.vietnamese.format(ExactNumber(FixedDecimal(units: 2125, scale: 3)!), decimals: 2) == "2,13")
        #expect(NumberStyle.vietnamese.format(ExactNumber(FixedDecimal(units: -2125, scale: 3)!), decimals: 2) == "-2,13")
        #expect(NumberStyle.vietnamese.format(ExactNumber(FixedDecimal(units: -4, scale: 3)!), decimals: 2) == "0,00")
        #expect(NumberStyle.vietnamese.format(ExactNumber(1_234_567)) == "1.234.567")
        #expect(NumberStyle.plain.format(ExactNumber(FixedDecimal(units: 5, scale: 1)!)) == "1")
    }
}
