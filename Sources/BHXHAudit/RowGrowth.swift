import BHXHCore
import Foundation
import VietnameseFormat

/// The growth of a row's participants from one column to another.
struct RowGrowth {
    /// This year's participants.
    let current: AuditColumn
    /// The participants of the year compared with.
    let base: AuditColumn
    /// How counts are read.
    let options: AuditOptions

    /// The growth in percent (increase form) of `row`; nil when a figure is missing or the base is not above zero.
    func range(of row: AuditRow) -> FigureRange? {
        if !options.isRounded(current), !options.isRounded(base), let now = row[current]?.fixed, let before = row[base]?.fixed,
           before.units > 0, let value = Ratios.growth(now, over: before) {
            return FigureRange(value)
        }
        guard let now = row[current].map({ options.range(of: $0, in: current) }),
              let before = row[base].map({ options.range(of: $0, in: base) }), before.lower > 0,
              let value = Ratios.growth(now.value, over: before.value) else { return nil }
        // Exact counts (the default) allow one value: no more divisions.
        if now.isExact && before.isExact { return FigureRange(value) }
        guard let lower = Ratios.growth(now.lower, over: before.upper),
              let upper = Ratios.growth(now.upper, over: before.lower) else { return nil }
        return FigureRange(value, lower: lower, upper: upper)
    }

    /// The growth of `row` in the form of `stated` (index when it is nearer to 100 + growth) and how
    /// far `stated` is from it; nil when it fits or cannot be computed.
    func judge(_ stated: ShownNumber, on row: AuditRow) -> (range: FigureRange, severity: AuditFinding.Severity)? {
        if fitsExactly(stated, on: row) { return nil }
        guard let increase = range(of: row) else { return nil }
        let range = isIndex(stated, increase) ? increase.shifted(by: 100) : increase
        return range.judge(stated).map { (range: range, severity: $0) }
    }

    /// "4.484 → 4.551 is 1,49%", or for the index form "… is an index of 101,49% (1,49% growth)".
    func describe(_ range: FigureRange, on row: AuditRow, for stated: ShownNumber) -> ExplanationText {
        let places = FigureText.places(comparedWith: stated)
        let figures: ExplanationText = "\(row[base].map(FigureText.count) ?? "-") → \(row[current].map(FigureText.count) ?? "-")"
        guard let increase = self.range(of: row), isIndex(stated, increase) else {
            return "\(figures) is \(percent: range, places: places)"
        }
        return "\(figures) is an index of \(percent: range, places: places) "
            + "(\(percent: increase, places: places) growth)"
    }

    /// True when the counts as shown make `stated` right as the increase or as the index
    /// (`WholeNumberFit`): then the form does not matter, and a range around them fits too.
    private func fitsExactly(_ stated: ShownNumber, on row: AuditRow) -> Bool {
        guard let now = row[current]?.fixed, let before = row[base]?.fixed else { return false }
        return WholeNumberFit.fits(stated, numerator: now, denominator: before, minusHundred: true)
            || WholeNumberFit.fits(stated, numerator: now, denominator: before, minusHundred: false)
    }

    private func isIndex(_ stated: ShownNumber, _ increase: FigureRange) -> Bool {
        if let figure = stated.fixed, let value = increase.fixed { return ExactSteps.isNearer(figure, to: value, shiftedBy: FixedDecimal(100)) }
        return ExactSteps.isNearer(stated.value, to: increase.value, shiftedBy: 100)
    }
}
