import Foundation
import VietnameseFormat

/// `total_mismatch`: a total row whose participants or labour force is not the sum of the rows
/// (units and agencies) as shown.
enum TotalCheck {
    /// The findings of `table`.
    static func findings(in table: AuditTable, options: AuditOptions) -> [AuditFinding] {
        var findings: [AuditFinding] = []
        let body = table.bodyRows
        let totals = table.totalRows
        for column in table.columns where column.isParticipants || column.isDenominator {
            let figures = body.compactMap { $0[column] }
            guard !figures.isEmpty else { continue }
            // The rows as shown (in integers, `ExactSteps.total`), and (counts rounded from unrounded
            // values) half a last digit for each: counted by the digits shown, so that the sum takes
            // no `Decimal` arithmetic per row.
            var halvesByPlaces: [Int: Int] = [:]
            var mostPlaces = 0
            let rounded = options.isRounded(column)
            for figure in figures {
                mostPlaces = max(mostPlaces, figure.places)
                if rounded { halvesByPlaces[figure.places, default: 0] += 1 }
            }
            let slack = halvesByPlaces.reduce(Decimal(0)) { total, entry in
                total + Decimal(sign: .plus, exponent: -entry.key - 1, significand: Decimal(5 * entry.value))
            }
            let sum = FigureRange(ExactSteps.total(figures), slack: slack)
            for total in totals {
                guard let stated = total[column], let severity = sum.judge(stated) else { continue }
                let places = max(stated.places, mostPlaces)
                let explanation: ExplanationText = "total \(count: stated) is not the sum of its \(figures.count) rows, "
                    + "\(count: sum, places: places) (off by \(difference: stated, from: sum, places: places)"
                    + (sum.isExact ? "" : ", more than their rounding allows") + ")"
                findings.append(AuditFinding(.totalMismatch, severity, table: table, row: total, column: column, stated: stated,
                                             computed: sum.value, computedPlaces: places, explanation: explanation.string))
            }
        }
        return findings
    }
}

