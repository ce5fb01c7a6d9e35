import Foundation
import Testing
@testable import BHXHCore

@Suite struct FigureColumnTests {
    @Test func wholeNumbersAreHeldAsIntegersAndOtherFiguresAsDecimals() {
        let column = FigureColumn([4466, nil, Decimal(string: "10.5")!, 0])
        #expect(column.count == 4)
        #expect(column.whole(0) == 4466)
        #expect(column[0] == 4466)
        #expect(!column.isKnown(1) && column.whole(1) == nil && column[1] == nil)
        // A fraction is known but not an integer.
        #expect(column.isKnown(2) && column.whole(2) == nil)
        #expect(column[2] == Decimal(string: "10.5"))
        #expect(column.whole(3) == 0)
        #expect(column.figures == [4466, nil, Decimal(string: "10.5")!, 0])
    }

    @Test func theLargestAndSmallestIntegersAreKeptExactly() {
        // Int.min and Int.max mark "unknown" and "held as a Decimal" inside: as figures they are kept whole.
        var column = FigureColumn(unknownCount: 3)
        column.set(whole: .min, at: 0)
        column.set(whole: .max, at: 1)
        column.set(whole: -7, at: 2)
        #expect(column[0] == Decimal(Int.min))
        #expect(column[1] == Decimal(Int.max))
        #expect(column.whole(2) == -7)
        #expect(column.isKnown(0) && column.isKnown(1))
    }

    @Test func settingAFigureReplacesTheOneBefore() {
        var column = FigureColumn([Decimal(string: "0.25")!, 3])
        column.set(whole: 8, at: 0)
        column[1] = Decimal(string: "1.5")
        #expect(column.figures == [8, Decimal(string: "1.5")!])
        column[1] = nil
        #expect(column.figures == [8, nil])
        #expect(column == FigureColumn([8, nil]))
    }

    @Test func everyRecordedFieldHasItsPositionInTheRecordedOrder() {
        #expect(DataField.recorded.map(\.recordedSlot) == Array(0..<DataField.recorded.count))
        #expect(DataField.participants(.bhxh).recordedSlot == nil)
        #expect(DataField.eligible(.bhxh).recordedSlot == nil)
    }
}
