import BHXHCore
import Foundation

/// `growth_mismatch`: a stated growth — a figure or a "15%" label — that is not the growth of the
/// row's participants from the year it compares with. A growth written only on the first row is
/// the rate of the whole table and is held against every row. A figure nearer to 100 + growth
/// than to the growth is read in the index form (103,36% for 3,36% growth).
enum GrowthCheck {
    /// The findings of `table`.
    static func findings(in table: AuditTable, options: AuditOptions) -> [AuditFinding] {
        var findings: [AuditFinding] = []
        for column in table.columns where column.role == .growth {
            guard let year = column.year, let current = table.participantsColumn(year: year, near: column.index),
                  let baseYear = column.comparedYear ?? table.previousYear(before: year),
                  let base = table.participantsColumn(year: baseYear, near: current.index), base.index != current.index
            else { continue }
            let growth = RowGrowth(current: current, base: base, options: options)
            let stating = table.rows.filter { $0[column] != nil }
            if stating.count == 1, let row = stating.first, row.line == table.rows.first(where: { $0.kind != .total })?.line,
               let label = row[column] {
                let measured = table.bodyRows.filter { growth.range(of: $0) != nil }
                if measured.count >= 2 {
                    findings += wholeTable(label, on: row, of: table, in: column, growth: growth, measured: measured)
                    continue
                }
            }
            for row in stating {
                guard let stated = row[column], let judged = growth.judge(stated, on: row) else { continue }
                let places = FigureText.places(comparedWith: stated)
                let explanation: ExplanationText = "growth \(percent: stated) is not the growth of the numbers: "
                    + "\(growth.describe(judged.range, on: row, for: stated)) (off by \(difference: stated, from: judged.range, places: places))"
                findings.append(AuditFinding(.growthMismatch, judged.severity, table: table, row: row, column: column, stated: stated,
                                             computed: judged.range.value, computedPlaces: places, explanation: explanation))
            }
        }
        return findings
    }

    /// A growth written only on the first row: one finding there when it is not that row's growth;
    /// otherwise one on each other row it does not fit.
    private static func wholeTable(_ label: ShownNumber, on first: AuditRow, of table: AuditTable, in column: AuditColumn,
                                   growth: RowGrowth, measured: [AuditRow]) -> [AuditFinding] {
        let places = FigureText.places(comparedWith: label)
        if let judged = growth.judge(label, on: first) {
            let values = measured.compactMap { growth.range(of: $0)?.value }
            let spread: ExplanationText = "\(FigureText.percent(values.min() ?? 0, places: places)) to \(FigureText.percent(values.max() ?? 0, places: places))"
            let explanation: ExplanationText = "growth \(percent: label), written only on the first row and so the rate of the whole table, "
                + "is not the growth of the numbers: \(growth.describe(judged.range, on: first, for: label)); the rows grew \(spread)"
            return [AuditFinding(.growthMismatch, judged.severity, table: table, row: first, column: column, stated: label,
                                 computed: judged.range.value, computedPlaces: places, explanation: explanation)]
        }
        return measured.filter { $0.line != first.line }.compactMap { row in
            guard let judged = growth.judge(label, on: row) else { return nil }
            let explanation: ExplanationText = "the table's growth \(percent: label) (written on line \(first.line)) is not this row's: "
                + growth.describe(judged.range, on: row, for: label)
            return AuditFinding(.growthMismatch, judged.severity, table: table, row: row, column: column, stated: label,
                                computed: judged.range.value, computedPlaces: places, explanation: explanation)
        }
    }
}
