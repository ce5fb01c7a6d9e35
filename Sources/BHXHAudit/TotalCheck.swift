import Foundation
import VietnameseFormat

/// `total_mismatch`: a total row whose participants or labour force is not the sum of the rows
/// (units and agencies) as shown.
enum TotalCheck {
    /// The findings of `table`.
    static func findings(in table: AuditTable, options: AuditOptions) -> [AuditFinding] {
        var findings: [AuditFinding] = []
        for column in table.columns where column.isParticipants || column.isDenominator {
            let figures = table.bodyRows.compactMap { $0[column] }
            guard !figures.isEmpty else { continue }
            var value = DecimalSum(), lower = DecimalSum(), upper = DecimalSum()
            for figure in figures {
                let part = options.range(of: figure, in: column)
                value.add(part.value)
                lower.add(part.lower)
                upper.add(part.upper)
            }
            let sum = FigureRange(value.value, lower: lower.value, upper: upper.value)
            for total in table.totalRows {
                guard let stated = total[column], let severity = sum.judge(stated) else { continue }
                let places = max(stated.places, figures.map(\.places).max() ?? 0)
                let explanation = "total \(FigureText.count(stated)) is not the sum of its \(figures.count) rows, "
                    + "\(FigureText.count(sum.value, places: places)) (off by \(FigureText.difference(stated, sum.value, places: places))"
                    + (sum.lower == sum.upper ? "" : ", more than their rounding allows") + ")"
                findings.append(AuditFinding(.totalMismatch, severity, table: table, row: total, column: column, stated: stated,
                                             computed: sum.value, computedPlaces: places, explanation: explanation))
            }
        }
        return findings
    }
}
