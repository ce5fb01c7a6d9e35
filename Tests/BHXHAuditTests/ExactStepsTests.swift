@testable import BHXHAudit
import Foundation
import Testing

/// `ExactSteps` gives the exact values whether it takes the integer path or `Decimal`'s: figures
/// worked out by hand, and values too large or too fine for `FixedDecimal` (more than 18
/// decimals, beyond 64 bits).
@Suite struct ExactStepsTests {
    private func decimal(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }
    /// Figures as a table shows them, for `ExactSteps.total`.
    private func figures(_ values: [Decimal]) -> [ShownNumber] { values.map { ShownNumber(value: $0, places: 0, text: "\($0)") } }

    @Test func sumsDifferencesAndGaps() {
        #expect(ExactSteps.sum(decimal("21.511"), decimal("0.0005")) == decimal("21.5115"))
        #expect(ExactSteps.difference(decimal("21.511"), decimal("21.83316")) == decimal("-0.32216"))
        #expect(ExactSteps.gap(decimal("21.511"), decimal("21.83316")) == decimal("0.32216"))
        #expect(ExactSteps.gap(decimal("23310"), decimal("23223")) == 87)
        #expect(ExactSteps.total(figures([decimal("2.5"), decimal("1.25"), decimal("-0.75")])) == decimal("3"))
        // Beyond FixedDecimal: 30 digits, 25 decimals.
        let huge = decimal("123456789012345678901234567890")
        let fine = decimal("0.0000000000000000000000001")
        #expect(ExactSteps.sum(huge, 1) == decimal("123456789012345678901234567891"))
        #expect(ExactSteps.difference(fine, fine) == 0)
        #expect(ExactSteps.gap(1, huge) == decimal("123456789012345678901234567889"))
        #expect(ExactSteps.total(figures([huge, fine, 1])) == decimal("123456789012345678901234567891.0000000000000000000000001"))
    }

    @Test func comparisons() {
        #expect(ExactSteps.isEqual(decimal("1.5"), decimal("1.50")))
        #expect(!ExactSteps.isEqual(decimal("1.5"), decimal("1.500000000000000001")))
        #expect(ExactSteps.isLess(decimal("-0.001"), 0))
        #expect(!ExactSteps.isLess(decimal("21.511"), decimal("21.511")))
        #expect(ExactSteps.isLess(decimal("0.0000000000000000000000001"), decimal("0.0000000000000000000000002")))
    }

    /// 103,36 is the index form of 3,36% growth (nearer to 3,3598… + 100); 3,4 is not.
    @Test func nearerToTheIndex() {
        let growth = decimal("3.359872611464968152")
        #expect(ExactSteps.isNearer(decimal("103.36"), to: growth, shiftedBy: 100))
        #expect(!ExactSteps.isNearer(decimal("3.4"), to: growth, shiftedBy: 100))
        #expect(ExactSteps.isNearer(decimal("103.36"), to: decimal("3.3598726114649681528662420382"), shiftedBy: 100))
    }
}
