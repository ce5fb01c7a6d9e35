import Foundation
import Testing
@testable import VietnameseFormat

/// `NumberStyle.format` writes most values straight from their digits and the largest through
/// their decimal text; both paths must give the same text.
@Suite struct NumberWritingPathsTests {
    static func values() -> [Decimal] {
        var seed: UInt64 = 12345
        var values: [Decimal] = [0, 1, -1, Decimal(Int.max), Decimal(Int.min), Decimal(string: "0.5")!,
                                 Decimal(string: "-0.5")!, Decimal(string: "-0.004")!, Decimal(string: "999999999999999999.5")!,
                                 Decimal(string: "99.995")!, Decimal(string: "1000000")!]
        for _ in 0..<2000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let mantissa = Int64(bitPattern: seed >> 1) % 1_000_000_000_000 * (seed % 3 == 0 ? -1 : 1)
            values.append(Decimal(sign: .plus, exponent: -Int(seed % 9), significand: Decimal(mantissa)))
        }
        // Quotients fill all 38 digits of the mantissa, as computed percentages do.
        for numerator in [1, 2, 7, 4_466, 99_995, 123_456_789] {
            for denominator in [3, 7, 9, 11, 13, 16, 23_500] {
                values.append(Decimal(numerator) / Decimal(denominator))
                values.append(-Decimal(numerator) * 100 / Decimal(denominator))
            }
        }
        return values
    }

    @Test(arguments: [NumberStyle.vietnamese, .plain, .plainDecimalComma, NumberStyle(groupSeparator: " ", decimalMark: ".")])
    func theFastPathAgreesWithTheGeneralOne(style: NumberStyle) {
        for places in 0...4 {
            for value in Self.values() {
                #expect(style.format(value, decimals: places) == style.formatThroughText(value, decimals: places),
                        "\(value) with \(places) decimals")
            }
        }
    }

    @Test func wholeNumbersAndTheLargestValues() {
        #expect(NumberStyle.vietnamese.format(1_234_567) == "1.234.567")
        #expect(NumberStyle.vietnamese.format(-5, decimals: 2) == "-5,00")
        #expect(NumberStyle.vietnamese.format(Int.min) == NumberStyle.vietnamese.format(Decimal(Int.min)))
        #expect(NumberStyle.vietnamese.format(Decimal(string: "123456789012345678901234.5678")!, decimals: 2)
            == "123.456.789.012.345.678.901.234,57")
        #expect(NumberStyle.vietnamese.format(Decimal.nan) == "-")
        #expect(NumberStyle(groupSeparator: "\u{00A0}", decimalMark: ",").format(Decimal(1234)) == "1\u{00A0}234")
    }

    @Test func approximateDoublesAreCloseToTheDecimals() {
        for value in Self.values() {
            let expected = NSDecimalNumber(decimal: value).doubleValue
            #expect(abs(value.approximateDouble - expected) <= max(1e-9, abs(expected) * 1e-12), "\(value)")
        }
        #expect(Decimal.nan.approximateDouble.isNaN)
        #expect(Decimal(string: "0.0007")!.scaledMagnitude(places: 2)! == (0, false))
        #expect(Decimal(string: "0.005")!.scaledMagnitude(places: 2)! == (1, false))
        #expect(Decimal(string: "-0.004")!.scaledMagnitude(places: 2)! == (0, false))
    }

    @Test func roundingFromTheIntegerInsideAgreesWithFoundation() {
        for value in Self.values() {
            for places in 0...3 {
                var source = value
                var expected = Decimal()
                NSDecimalRound(&expected, &source, places, .plain)
                #expect(value.roundedHalfUp(places: places) == expected, "\(value) to \(places)")
            }
        }
    }

    @Test func wholeNumbersAreReadWithoutArithmetic() {
        #expect(Decimal(4_466).wholeNumber == 4_466)
        #expect(Decimal(-3).wholeNumber == -3)
        #expect(Decimal(string: "4000")!.wholeNumber == 4_000)
        #expect(Decimal(string: "4.5")!.wholeNumber == nil)
        #expect(Decimal(string: "1e20")!.wholeNumber == nil)
        #expect(Decimal.nan.wholeNumber == nil)
        #expect((Decimal(1) / 3).wholeNumber == nil)
    }

    @Test func wholeNumbersAtTheEdgesOfTheQuickReading() {
        #expect(Decimal(0).wholeNumber == 0)
        #expect(Decimal(sign: .plus, exponent: 3, significand: 5).wholeNumber == 5_000)
        #expect(Decimal(sign: .minus, exponent: 17, significand: 1).wholeNumber == -100_000_000_000_000_000)
        // 10¹⁸ − 1 is the largest; 10¹⁸ (as 1 × 10¹⁸ or as 10 × 10¹⁷) and any exponent of 18 are not read.
        #expect(Decimal(999_999_999_999_999_999 as UInt64).wholeNumber == 999_999_999_999_999_999)
        #expect(Decimal(1_000_000_000_000_000_000 as UInt64).wholeNumber == nil)
        #expect(Decimal(sign: .plus, exponent: 17, significand: 10).wholeNumber == nil)
        #expect(Decimal(sign: .plus, exponent: 18, significand: 1).wholeNumber == nil)
        // A mantissa wider than 64 bits.
        #expect((Decimal(UInt64.max) + 1).wholeNumber == nil)
    }

    @Test func sumsOfCountsAreExactAndFallBackForFractions() {
        var counts = DecimalSum()
        for value in [4_466, 3_607, 2_071] { counts.add(Decimal(value)) }
        #expect(counts.value == 10_144)
        var mixed = DecimalSum()
        mixed.add(Decimal(string: "0.1")!)
        mixed.add(7)
        mixed.add(Decimal(string: "0.2")!)
        #expect(mixed.value == Decimal(string: "7.3")!)
        var huge = DecimalSum()
        huge.add(Decimal(Int.max / 2 + 1))
        huge.add(Decimal(Int.max / 2 + 1))
        #expect(huge.value == Decimal(Int.max / 2 + 1) * 2)
        #expect(DecimalSum().value == 0)
    }

    @Test func movingTheDecimalPointEqualsMultiplyingAndDividing() {
        for value in Self.values() {
            #expect(value.timesPowerOfTen(-2) == value / 100, "\(value)")
            #expect(value.timesPowerOfTen(2) == value * 100, "\(value)")
        }
    }
}
