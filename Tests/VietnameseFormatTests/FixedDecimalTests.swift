import Foundation
import Testing
@testable import VietnameseFormat

@Suite struct FixedDecimalTests {
    private func fixed(_ units: Int64, _ scale: Int) -> FixedDecimal {
        FixedDecimal(units: units, scale: scale)!
    }

    @Test func roundsExactTiesHalfUpAwayFromZero() {
        // 2,125 → 2,13; 2,135 → 2,14 (not to even); −0,005 → −0,01; −2,125 → −2,13.
        #expect(fixed(2125, 3).roundedHalfUp(places: 2) == fixed(213, 2))
        #expect(fixed(2135, 3).roundedHalfUp(places: 2) == fixed(214, 2))
        #expect(fixed(-5, 3).roundedHalfUp(places: 2) == fixed(-1, 2))
        #expect(fixed(-2125, 3).roundedHalfUp(places: 2) == fixed(-213, 2))
        // Just below a half goes down: 2,1249 → 2,12; −0,0049 → 0,00.
        #expect(fixed(21249, 4).roundedHalfUp(places: 2) == fixed(212, 2))
        #expect(fixed(-49, 4).roundedHalfUp(places: 2) == fixed(0, 0))
        // At the 18-digit limits: 9,223372036854775807 → 9 and −9,223372036854775808 → −9;
        // 0,999999999999999999 → 1 at 17 decimals; −0,5 (18 decimals) → −1.
        #expect(fixed(.max, 18).roundedHalfUp(places: 0) == FixedDecimal(9))
        #expect(fixed(.min, 18).roundedHalfUp(places: 0) == FixedDecimal(-9))
        #expect(fixed(999_999_999_999_999_999, 18).roundedHalfUp(places: 17) == FixedDecimal(1))
        #expect(fixed(-500_000_000_000_000_000, 18).roundedHalfUp(places: 0) == FixedDecimal(-1))
        // Fewer decimals than asked: unchanged.
        #expect(fixed(15, 1).roundedHalfUp(places: 3).units == 15)
    }

    @Test func formatsTiesNegativesHugeAndTinyValues() {
        let style = NumberStyle.vietnamese
        #expect(style.format(fixed(2125, 3), decimals: 2) == "2,13")
        #expect(style.format(fixed(-5, 3), decimals: 2) == "-0,01")
        #expect(style.format(fixed(-4, 3), decimals: 2) == "0,00")
        #expect(style.format(fixed(15, 1), decimals: 3) == "1,500")
        #expect(style.format(FixedDecimal(1_234_567), decimals: 0) == "1.234.567")
        #expect(style.format(FixedDecimal(.max), decimals: 0) == "9.223.372.036.854.775.807")
        #expect(style.format(FixedDecimal(.min), decimals: 1) == "-9.223.372.036.854.775.808,0")
        #expect(style.format(fixed(1, 18), decimals: 18) == "0,000000000000000001")
        #expect(style.format(fixed(5, 18), decimals: 17) == "0,00000000000000001")
        #expect(NumberStyle.plain.format(fixed(-2125, 3), decimals: 2) == "-2.13")
    }

    @Test func truncatedQuotientKeepsEighteenDigitsCutTowardZero() {
        // 2 ÷ 3 × 100 = 66,666…: 16 decimals, cut: 66,6666666666666666.
        #expect(FixedDecimal.truncatedQuotient(FixedDecimal(2), FixedDecimal(3), timesPowerOfTen: 2) == fixed(666_666_666_666_666_666, 16))
        #expect(FixedDecimal.truncatedQuotient(FixedDecimal(-2), FixedDecimal(3), timesPowerOfTen: 2) == fixed(-666_666_666_666_666_666, 16))
        // 1 ÷ 3 × 100 with a tiny part: 1 ÷ 30.000.000 × 100 = 0,000003333…: 18 decimals.
        #expect(FixedDecimal.truncatedQuotient(FixedDecimal(1), FixedDecimal(30_000_000), timesPowerOfTen: 2) == fixed(3_333_333_333_333, 18))
        // A tie two decimals on stays a tie: 17 ÷ 800 × 100 = 2,125 → 2,13.
        let tie = FixedDecimal.truncatedQuotient(FixedDecimal(17), FixedDecimal(800), timesPowerOfTen: 2)
        #expect(tie == fixed(2125, 3))
        #expect(NumberStyle.vietnamese.format(tie!, decimals: 2) == "2,13")
        // 10¹⁸ has 19 digits: nil.
        #expect(FixedDecimal.truncatedQuotient(FixedDecimal(1_000_000_000_000_000_000), FixedDecimal(1)) == nil)
    }

    @Test func addsAndMultipliesExactlyOrSaysNil() {
        #expect(fixed(15, 1).adding(fixed(-205, 2)) == fixed(-55, 2))
        #expect(FixedDecimal(.max).adding(FixedDecimal(1)) == nil)
        #expect(fixed(15, 1).multiplied(by: fixed(15, 1)) == fixed(225, 2))
        #expect(fixed(1, 10).multiplied(by: fixed(1, 10)) == nil)
        #expect(FixedDecimal(.max).multiplied(by: FixedDecimal(2)) == nil)
        #expect(FixedDecimal(units: 1, scale: 19) == nil)
        #expect(FixedDecimal(.min).negated == nil)
        #expect(fixed(15, 1) == fixed(150, 2))
        #expect(fixed(15, 1).hashValue == fixed(150, 2).hashValue)
        #expect(fixed(-1, 18) < FixedDecimal(0))
    }

    @Test func convertsToAndFromDecimalExactly() {
        #expect(fixed(-2125, 3).decimal == Decimal(string: "-2.125"))
        #expect(fixed(2500, 3).decimal.description == "2.5")
        #expect(FixedDecimal(exactly: Decimal(string: "-2.125")!) == fixed(-2125, 3))
        #expect(FixedDecimal(exactly: Decimal(string: "123e5")!) == FixedDecimal(12_300_000))
        #expect(FixedDecimal(exactly: Decimal(string: "1e-19")!) == nil)
        #expect(FixedDecimal(exactly: Decimal(string: "9223372036854775808")!) == nil)
        #expect(FixedDecimal(exactly: .nan) == nil)
    }
}
