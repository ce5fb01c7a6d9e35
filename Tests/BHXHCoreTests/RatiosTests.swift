import Foundation
import Testing
import VietnameseFormat
@testable import BHXHCore

@Suite struct RatiosTests {
    @Test func coverageIsPartOverWholeTimesHundred() {
        let coverage = Ratios.percent(4484, of: 20845)!
        #expect(coverage.roundedHalfUp(places: 3) == .d("21.511"))
    }

    @Test func exactTiesRoundHalfUpAwayFromZero() {
        // 17 ÷ 800 × 100 = 2,125 exactly → 2,13; (199.990 − 200.000) ÷ 200.000 × 100 = −0,005 → −0,01.
        #expect(Ratios.percent(17, of: 800)!.roundedHalfUp(places: 2) == .d("2.13"))
        #expect(Ratios.growth(199_990, over: 200_000)!.roundedHalfUp(places: 2) == .d("-0.01"))
        #expect(Ratios.growth(199_991, over: 200_000)!.roundedHalfUp(places: 2) == 0)
        // 2 ÷ 3 × 100 = 66,666…: the first 16 decimals, as the exact quotient shows them.
        #expect(Ratios.percent(2, of: 3)!.roundedHalfUp(places: 15) == .d("66.666666666666667"))
        // A fractional target (exact carry) and a huge figure take the same rule.
        #expect(Ratios.percent(.d("218.75"), of: .d("437.5")) == 50)
        #expect(Ratios.percent(.d("1e30"), of: 3)!.roundedHalfUp(places: 2) == .d("33333333333333333333333333333333.33"))
    }

    @Test func missingOrZeroDenominatorGivesNoFigure() {
        #expect(Ratios.percent(5, of: 0) == nil)
        #expect(Ratios.percent(5, of: nil) == nil)
        #expect(Ratios.percent(nil, of: 5) == nil)
        #expect(Ratios.growth(5, over: 0) == nil)
        #expect(Ratios.growth(nil, over: 5) == nil)
    }

    @Test func growthIsTheIncreaseAndCanBeWrittenAsAnIndex() {
        #expect(Ratios.growth(110, over: 100) == 10)
        #expect(Ratios.growth(90, over: 100) == -10)
        #expect(Ratios.growth(Ratios.growth(110, over: 100), as: .index) == 110)
        #expect(Ratios.growth(nil, as: .index) == nil)
    }

    @Test func sumOfKnownSkipsUnknownAndIsNilWhenNothingIsKnown() {
        #expect(Ratios.sumOfKnown([1, nil, 2]) == 3)
        #expect(Ratios.sumOfKnown([nil, nil]) == nil)
        #expect(Ratios.sumOfKnown([Decimal?]()) == nil)
    }
}

@Suite struct LargestRemainderTests {
    @Test func partsAddUpExactlyToTheTotal() {
        let parts = LargestRemainder.allocate(100, weights: [1, 1, 1])!
        #expect(parts == [34, 33, 33])
        #expect(parts.reduce(0, +) == 100)
    }

    @Test func tiesGoToTheUnitListedFirst() {
        #expect(LargestRemainder.allocate(1, weights: [5, 5]) == [1, 0])
        #expect(LargestRemainder.allocate(2, weights: [1, 1, 1]) == [1, 1, 0])
    }

    @Test func largestRemaindersWin() {
        // Quotas 10 × (2, 3, 5) / 10 with total 11: 2.2, 3.3, 5.5 → 2, 3, 6.
        #expect(LargestRemainder.allocate(11, weights: [2, 3, 5]) == [2, 3, 6])
        // Exact remainders: 7 × (1, 2) / 3 = 2.333…, 4.666… → 2, 5.
        #expect(LargestRemainder.allocate(7, weights: [1, 2]) == [2, 5])
    }

    @Test func aSplitOverPreparedWeightsGivesEachPartInOrder() {
        var parts: [(row: Int, part: Int)] = []
        // 11 × (2, 3, 5) / 10: 2,2 3,3 5,5 → 2 3 5, the one left over to the largest remainder.
        #expect(LargestRemainder.split(11, over: .init([2, 3, 5])) { parts.append(($0, $1)) })
        #expect(parts.map(\.row) == [0, 1, 2] && parts.map(\.part) == [2, 3, 6])
        // 5 × (1, 1, 1) / 3: 1,666… each → 1 1 1, two left over, to the first two (tied remainders).
        parts = []
        #expect(LargestRemainder.split(5, over: .init([1, 1, 1])) { parts.append(($0, $1)) })
        #expect(parts.map(\.part) == [2, 2, 1])
        // Zero or negative weights and a negative total take the `Decimal` path: no part is given.
        #expect(!LargestRemainder.split(10, over: .init([0, 0])) { _, _ in Issue.record("a part of zero weights") })
        #expect(!LargestRemainder.split(10, over: .init([1, -1])) { _, _ in Issue.record("a part of a negative weight") })
        #expect(!LargestRemainder.split(-3, over: .init([1, 1])) { _, _ in Issue.record("a part of a negative total") })
    }

    @Test func zeroWeightsCannotBeSplitUnlessNothingIsToSplit() {
        #expect(LargestRemainder.allocate(10, weights: [0, 0]) == nil)
        #expect(LargestRemainder.allocate(0, weights: [0, 0]) == [0, 0])
        #expect(LargestRemainder.allocate(10, weights: [1, -1]) == nil)
    }

    @Test func fractionalWeightsAndTotalsSplitAsTheirExactShares() {
        // Total 10,5 rounds half up to 11; weights 0,2 : 0,3 : 0,5 are 2 : 3 : 5 → 2, 3, 6.
        #expect(LargestRemainder.allocate(.d("10.5"), weights: [.d("0.2"), .d("0.3"), .d("0.5")]) == [2, 3, 6])
        // Mixed scales: 1 : 1,5 = 2 : 3 of 7 → 2,8 and 4,2 → 3, 4.
        #expect(LargestRemainder.allocate(7, weights: [1, .d("1.5")]) == [3, 4])
        // Beyond what integers hold (10²⁰ people), the exact Decimal path splits it: 5 × 10¹⁹ each.
        #expect(LargestRemainder.allocate(.d("1e20"), weights: [1, 1]) == [.d("5e19"), .d("5e19")])
    }

    @Test func aLargeProvinceSumsExactly() {
        let weights = (1...3321).map { Decimal(($0 * 7919) % 1013 + 1) }
        let parts = LargestRemainder.allocate(1_234_567, weights: weights)!
        #expect(parts.reduce(0, +) == 1_234_567)
        #expect(parts.allSatisfy { $0 >= 0 })
    }
}
