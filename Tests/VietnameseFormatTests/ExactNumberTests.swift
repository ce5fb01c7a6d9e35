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

    private func e(_ text: String) -> ExactNumber { ExactNumber(Decimal(string: text)!) }

    @Test func productsAreExactInIntegersOrInDecimals() {
        // 4484 × 1,0336 = 4634,6624; 218,75 × −0,05 = −10,9375: in integers.
        #expect((ExactNumber(4484) * e("1.0336")).fixed == FixedDecimal(units: 46_346_624, scale: 4))
        #expect(e("218.75") * e("-0.05") == e("-10.9375"))
        // 10¹⁰ × 10¹⁰ = 10²⁰ does not fit an Int64: Decimal multiplication, still exact.
        let big = ExactNumber(10_000_000_000) * ExactNumber(10_000_000_000)
        #expect(big.fixed == nil && big.decimal == Decimal(string: "1e20")!)
        // 0,0000000001 × 0,0000000001 needs 20 decimals: Decimal multiplication.
        #expect((e("1e-10") * e("1e-10")).decimal == Decimal(string: "1e-20")!)
    }

    @Test func sumsDifferencesAndShiftsAreExact() {
        // 0,1 + 0,2 = 0,3 exactly; 4484 − 4551 = −67; 21,51 × 10⁻² = 0,2151; 5 × 10³ = 5000.
        #expect(e("0.1") + e("0.2") == e("0.3"))
        #expect(ExactNumber(4484) - ExactNumber(4551) == -67)
        #expect(e("21.51").timesPowerOfTen(-2).fixed == FixedDecimal(units: 2151, scale: 4))
        #expect(ExactNumber(5).timesPowerOfTen(3) == 5000)
        // Int64.max + 1 leaves the integers; 17 decimals moved two more places need 19: a Decimal.
        let past = ExactNumber(Int(Int64.max)) + 1
        #expect(past.fixed == nil && past.decimal == Decimal(string: "9223372036854775808")!)
        #expect(e("0.12345678901234567").timesPowerOfTen(-2).fixed == nil)
        #expect(e("0.12345678901234567").timesPowerOfTen(-2).decimal == Decimal(string: "0.0012345678901234567")!)
    }

    @Test func roundsHalfUpOnBothPaths() {
        // 2,5 → 3, −2,5 → −3, 2,49 → 2; 0,1234567890123456789 (a Decimal) → 0,1235 at 4 decimals.
        #expect(e("2.5").roundedHalfUp() == 3)
        #expect(e("-2.5").roundedHalfUp() == -3)
        #expect(e("2.49").roundedHalfUp() == 2)
        let rounded = e("0.1234567890123456789").roundedHalfUp(places: 4)
        #expect(rounded.fixed == FixedDecimal(units: 1235, scale: 4))
    }

    @Test func quotientsKeepEighteenDigitsOrDivideAsDecimals() {
        // 2 ÷ 3 × 100 = 66,6666666666666666 (18 digits, cut); 1 ÷ 8 = 0,125 exactly; ÷ 0 is nil.
        #expect(ExactNumber.quotient(2, 3, timesPowerOfTen: 2)?.fixed == FixedDecimal(units: 666_666_666_666_666_666, scale: 16))
        #expect(ExactNumber.quotient(1, 8) == e("0.125"))
        #expect(ExactNumber.quotient(1, 0) == nil)
        // 10²⁰ ÷ 3 has no integer form: Decimal division, 33.333.333.333.333.333.333,33… .
        let huge = ExactNumber.quotient(e("1e20"), 3)!
        #expect(huge.fixed == nil)
        #expect(NumberStyle.plain.format(huge, decimals: 2) == "33333333333333333333.33")
    }

    @Test func doublesForDrawingAreTheDecimalsOwn() {
        // The same bits as `Decimal.approximateDouble`: 21,51 → 21.51; −0,0000000000000001 (16
        // decimals, below the 15 kept) → +0, never −0; 2 ÷ 3 × 100 to 15 decimals.
        #expect(e("21.51").approximateDouble == 21.51)
        #expect(e("21.51").approximateDouble == Decimal(string: "21.51")!.approximateDouble)
        let tiny = e("-0.0000000000000001").approximateDouble
        #expect(tiny == 0 && tiny.sign == .plus)
        let third = ExactNumber.quotient(2, 3, timesPowerOfTen: 2)!
        #expect(third.approximateDouble == third.decimal.approximateDouble)
        #expect(ExactNumber(-4484).approximateDouble == -4484)
    }

    @Test func ordersByValue() {
        // −0,5 < 0 < 0,25 < 10²⁰ (a Decimal), compared across the two forms.
        let values = [e("1e20"), e("0.25"), ExactNumber(0), e("-0.5")]
        #expect(values.sorted() == [e("-0.5"), 0, e("0.25"), e("1e20")])
        #expect(ExactNumber(0).isZero && !e("0.001").isZero)
    }
}
