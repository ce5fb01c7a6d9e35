import BHXHCore
import Foundation

/// `coverage_mismatch`: a coverage that is not participants ÷ labour force × 100 rounded half up
/// to the digits shown; and `sum_of_percentages`: a total coverage that is, instead, the sum of
/// the rows' percentages.
enum CoverageCheck {
    /// The findings of `table`: its coverage columns side by side on all cores, in column order.
    static func findings(in table: AuditTable, options: AuditOptions) -> [AuditFinding] {
        table.columns.filter { $0.role == .coverage }
            .concurrentMap { column in findings(in: table, column: column, options: options) }
            .flatMap { $0 }
    }

    /// The findings of one coverage `column` of `table`.
    private static func findings(in table: AuditTable, column: AuditColumn, options: AuditOptions) -> [AuditFinding] {
        var findings: [AuditFinding] = []
        guard let participants = table.participantsColumn(year: column.year, near: column.index),
              let denominator = table.denominatorColumn(year: column.year, near: column.index) else { return [] }
        for row in table.rows {
            guard let stated = row[column], let part = row[participants], let whole = row[denominator],
                  // The figures as shown fit: so does any range around them.
                  !WholeNumberFit.fits(stated, numerator: part.fixed, denominator: whole.fixed, minusHundred: false),
                  let range = coverage(part, options.range(of: part, in: participants), of: whole),
                  let severity = range.judge(stated) else { continue }
            let places = FigureText.places(comparedWith: stated)
            if row.kind == .total, let terms = summedPercentages(of: table, in: column, giving: stated) {
                let formula: ExplanationText = "\(count: part) ÷ \(count: whole) × 100 = \(percent: range, places: places)"
                let explanation: ExplanationText = "total coverage \(percent: stated) adds up the rows' percentages "
                    + "(\(terms) = \(count: stated)) instead of dividing: \(formula)"
                findings.append(AuditFinding(.sumOfPercentages, severity, table: table, row: row, column: column, stated: stated,
                                             computed: range.value, computedPlaces: places, explanation: explanation))
            } else {
                // One interpolation (the lines joined by the backslash): one buffer for each of a
                // table's tens of thousands of these, not three joined.
                let explanation: ExplanationText = """
                    coverage \(percent: stated) is not \(count: part) ÷ \(count: whole) × 100 = \(percent: range, places: places) \
                    (off by \(difference: stated, from: range, places: places))
                    """
                findings.append(AuditFinding(.coverageMismatch, severity, table: table, row: row, column: column, stated: stated,
                                             computed: range.value, computedPlaces: places, explanation: explanation))
            }
        }
        return findings
    }

    /// part ÷ whole × 100 over the range of `part` (`range`); nil when `whole` is zero.
    private static func coverage(_ figure: ShownNumber, _ part: FigureRange, of whole: ShownNumber) -> FigureRange? {
        if part.isExact, let fixedPart = figure.fixed, let fixedWhole = whole.fixed, fixedWhole.units != 0,
           let value = Ratios.percent(fixedPart, of: fixedWhole) {
            return FigureRange(value)
        }
        let whole = whole.value
        guard let value = Ratios.percent(part.value, of: whole) else { return nil }
        // Exact counts (the default) allow one value: no more divisions.
        if part.isExact { return FigureRange(value) }
        guard let lower = Ratios.percent(part.lower, of: whole), let upper = Ratios.percent(part.upper, of: whole) else { return nil }
        return FigureRange(value, lower: lower, upper: upper)
    }

    /// The rows' percentages written as a sum ("2 + 1 + 1 + 0"), when there are two or more and
    /// they add up to `stated` as shown; nil otherwise.
    private static func summedPercentages(of table: AuditTable, in column: AuditColumn, giving stated: ShownNumber) -> String? {
        let terms = table.bodyRows.compactMap { $0[column] }
        guard terms.count >= 2, FigureRange(ExactSteps.total(terms)).judge(stated) == nil else { return nil }
        return terms.map(FigureText.count).joined(separator: " + ")
    }
}
