import Foundation

/// How audit reads the figures of a table.
public struct AuditOptions: Sendable, Hashable {
    /// True when the counts of participants may be rounded from unrounded values (a plan that
    /// carries exact targets, `carry: exact`): each is then taken as give or take half its last
    /// digit. False (the default): counts are whole people, exactly as shown.
    public var unroundedCounts: Bool

    /// Creates options; by default counts are exact.
    public init(unroundedCounts: Bool = false) {
        self.unroundedCounts = unroundedCounts
    }

    /// The values a shown figure of `column` allows: participants give or take half their last
    /// digit under `unroundedCounts`; anything else exactly.
    func range(of figure: ShownNumber, in column: AuditColumn) -> FigureRange {
        if isRounded(column) { return FigureRange(figure.value, slack: figure.halfLastDigit) }
        return figure.fixed.map(FigureRange.init) ?? FigureRange(figure.value)
    }

    /// True when the figures of `column` are taken as give or take half their last digit.
    func isRounded(_ column: AuditColumn) -> Bool {
        unroundedCounts && column.isParticipants
    }
}
