import Foundation
import Testing
import VietnameseFormat
@testable import BHXHCore

@Suite struct RatiosTests {
    private func e(_ whole: Int) -> ExactNumber { ExactNumber(whole) }

    @Test func coverageIsPartOverWholeTimesHundred() {
        // 4484 ÷ 20845 × 100 = 21,5111537…
        let coverage = Ratios.percent(e(4484), of: e(20845))!
        #expect(coverage.roundedHalfUp(places: 3) == .d("21.511"))
        #expect(coverage.fixed != nil)
        #expect(Ratios.percent(Decimal(4484), of: Decimal(20845))!.roundedHalfUp(places: 3) == Decimal(string: "21.511")!)
    }

    @Test func exactTiesRoundHalfUpAwayFromZero() {
        // 17 ÷ 800 × 100 = 2,125 exactly → 2,13; (199.990 − 200.000) ÷ 200.000 × 100 = −0,005 → −0,01.
        #expect(Ratios.percent(e(17), of: e(800))!.roundedHalfUp(places: 2) == .d("2.13"))
        #expect(Ratios.growth(e(199_990), over: e(200_000))!.roundedHalfUp(places: 2) == .d("-0.01"))
        #expect(Ratios.growth(e(199_991), over: e(200_000))!.roundedHalfUp(places: 2) == 0)
        // 2 ÷ 3 × 100 = 66,666…: the first 16 decimals, as the exact quotient shows them.
        #expect(Ratios.percent(e(2), of: e(3))!.roundedHalfUp(places: 15) == .d("66.666666666666667"))
        // A fractional target (exact carry) and a huge figure take the same rule; 10³⁰ does not
        // fit the integers and is divided as a `Decimal`.
        #expect(Ratios.percent(ExactNumber.d("218.75"), of: .d("437.5")) == 50)
        let huge = Ratios.percent(.d("1e30"), of: e(3))!
        #expect(huge.fixed == nil)
        #expect(huge.roundedHalfUp(places: 2) == .d("33333333333333333333333333333333.33"))
        // The same rules on `Decimal`s (the audit and the data checks use them).
        #expect(Ratios.percent(Decimal(17), of: Decimal(800))!.roundedHalfUp(places: 2) == Decimal(string: "2.13")!)
        #expect(Ratios.growth(Decimal(199_990), over: Decimal(200_000))!.roundedHalfUp(places: 2) == Decimal(string: "-0.01")!)
    }

    @Test func missingOrZeroDenominatorGivesNoFigure() {
        #expect(Ratios.percent(e(5), of: e(0)) == nil)
        #expect(Ratios.percent(e(5), of: nil) == nil)
        #expect(Ratios.percent(nil, of: e(5)) == nil)
        #expect(Ratios.growth(e(5), over: e(0)) == nil)
        #expect(Ratios.growth(nil, over: e(5)) == nil)
        #expect(Ratios.percent(Decimal(5), of: Decimal(0)) == nil)
        #expect(Ratios.growth(Decimal(5), over: Decimal(0)) == nil)
    }

    @Test func growthIsTheIncreaseAndCanBeWrittenAsAnIndex() {
        #expect(Ratios.growth(e(110), over: e(100)) == 10)
        #expect(Ratios.growth(e(90), over: e(100)) == -10)
        #expect(Ratios.growth(Ratios.growth(e(110), over: e(100)), as: .index) == 110)
        #expect(Ratios.growth(nil, as: .index) == nil)
    }

    @Test func sumOfKnownSkipsUnknownAndIsNilWhenNothingIsKnown() {
        #expect(Ratios.sumOfKnown([e(1), nil, e(2)]) == 3)
        #expect(Ratios.sumOfKnown([ExactNumber?.none, nil]) == nil)
        #expect(Ratios.sumOfKnown([ExactNumber?]()) == nil)
        // 0,5 + 10¹⁹ leaves the integers for an exact `Decimal` sum.
        let mixed = Ratios.sumOfKnown([ExactNumber.d("0.5"), .d("10000000000000000000")])
        #expect(mixed == .d("10000000000000000000.5"))
        #expect(Ratios.sumOfKnown([Decimal(1), nil, Decimal(2)]) == 3)
        #expect(Ratios.sumOfKnown([Decimal?]()) == nil)
    }
}
