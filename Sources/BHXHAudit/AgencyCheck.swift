import Foundation

/// `agency_has_labour_force`: an agency row ("BHXH tỉnh") that shows a labour force or population.
/// An agency collects directly; it has no labour force of its own, and a figure there usually
/// copies a unit's and is counted twice in the total.
enum AgencyCheck {
    /// The findings of `table`.
    static func findings(in table: AuditTable) -> [AuditFinding] {
        var findings: [AuditFinding] = []
        for column in table.columns where column.isDenominator {
            for row in table.rows where row.kind == .agency {
                guard let stated = row[column] else { continue }
                var explanation = "an agency row has no \(column.heading.lowercased()) of its own, yet shows \(FigureText.count(stated))"
                let twins = table.rows.filter { $0.kind == .unit && $0[column]?.value == stated.value }.map(\.label)
                if !twins.isEmpty { explanation += ", the same as \(twins.joined(separator: ", "))" }
                if let total = table.totalRows.first?[column] {
                    let others = table.bodyRows.filter { $0.kind != .agency }.compactMap { $0[column]?.value }.reduce(0, +)
                    explanation += "; without it the rows add up to \(FigureText.count(others)), the total shows \(FigureText.count(total))"
                }
                findings.append(AuditFinding(.agencyHasLabourForce, .major, table: table, row: row, column: column, stated: stated,
                                             computed: nil, computedPlaces: 0, explanation: "\(explanation)"))
            }
        }
        return findings
    }
}
