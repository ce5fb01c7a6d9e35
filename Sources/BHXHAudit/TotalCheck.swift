import Foundation
import VietnameseFormat

/// `total_mismatch`: a total row whose participants or labour force is not the sum of the rows
/// (units and agencies) as shown.
enum TotalCheck {
    /// The findings of `table`.
    static func findings(in table: AuditTable, options: AuditOptions) -> [AuditFinding] {
        var findings: [AuditFinding] = []
        let totals = table.totalRows
        for column in table.columns where column.isParticipants || column.isDenominator {
            // The rows as shown, summed in one pass over the table (no array of their figures: a
            // table can have 100.000 rows, and the check runs again for `--unrounded`'s note) in
            // integers (`ExactSteps.Sum`), and (counts rounded from unrounded values) half a last
            // digit for each: counted by the digits shown, so that the sum takes no `Decimal`
            // arithmetic per row.
            var sum = ExactSteps.Sum()
            var count = 0
            var halvesByPlaces: [Int] = []
            var mostPlaces = 0
            let rounded = options.isRounded(column)
            for row in table.rows where row.kind != .total {
                guard let figure = row[column] else { continue }
                sum.add(figure)
                count += 1
                mostPlaces = max(mostPlaces, figure.places)
                if rounded {
                    if figure.places >= halvesByPlaces.count {
                        halvesByPlaces += repeatElement(0, count: figure.places + 1 - halvesByPlaces.count)
                    }
                    halvesByPlaces[figure.places] += 1
                }
            }
            guard count > 0 else { continue }
            let slack = halvesByPlaces.indices.reduce(Decimal(0)) { total, places in
                halvesByPlaces[places] == 0 ? total
                    : total + Decimal(sign: .plus, exponent: -places - 1, significand: Decimal(5 * halvesByPlaces[places]))
            }
            let range = FigureRange(sum.value, slack: slack)
            for total in totals {
                guard let stated = total[column], let severity = range.judge(stated) else { continue }
                let places = max(stated.places, mostPlaces)
                let explanation: ExplanationText = "total \(count: stated) is not the sum of its \(count) rows, "
                    + "\(count: range, places: places) (off by \(difference: stated, from: range, places: places)"
                    + (range.isExact ? "" : ", more than their rounding allows") + ")"
                findings.append(AuditFinding(.totalMismatch, severity, table: table, row: total, column: column, stated: stated,
                                             computed: range.value, computedPlaces: places, explanation: explanation))
            }
        }
        return findings
    }
}
