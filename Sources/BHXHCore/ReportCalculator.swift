import Foundation
import VietnameseFormat

/// Computes a results report: for each scheme of the plan, the year's actuals against its targets.
public struct ReportCalculator: Sendable {
    /// The unit hierarchy.
    public let tree: UnitTree
    /// The yearly data.
    public let data: DataStore

    /// Results show percentages with the plan's decimals, but never fewer than these: a completion
    /// of "102%" would hide whether a unit reached its target.
    public static let minimumPercentDecimals = 2

    /// Creates a calculator over a project's units and data.
    public init(tree: UnitTree, data: DataStore) {
        self.tree = tree
        self.data = data
    }

    /// Computes the report from its plan's computed figures (targets as the plan's tables show them).
    public func compute(_ report: Report, plan: PlanFigures) -> (figures: ReportFigures?, diagnostics: [Diagnostic]) {
        guard let yearPosition = plan.plan.years.firstIndex(of: report.year) else {
            let years = plan.plan.years.map(String.init).joined(separator: ", ")
            return (nil, [Diagnostic(.error, "the report is for \(report.year), which is not a year of plan \"\(plan.plan.id)\" (\(years))", at: report.source)])
        }
        var problems = Problems()
        let tables = plan.appendices.map { appendix in
            table(for: appendix, yearPosition: yearPosition, report: report, rule: plan.plan.denominatorRule,
                  problems: &problems)
        }
        return (ReportFigures(report: report, plan: plan.plan, area: plan.area, tables: tables), problems.list)
    }

    private func table(for figures: AppendixFigures, yearPosition: Int, report: Report, rule: DenominatorRule,
                       problems: inout Problems) -> ReportTable {
        let year = report.year
        let scheme = figures.scheme
        let field = DataField.participants(scheme)
        let actualData = data.yearDataset(year, for: field, allowingToMonth: true)
        let previousData = data.yearDataset(year - 1, for: field)
        if actualData == nil {
            problems.add(Diagnostic(.error, "no data file for \(year) has a \"\(field.key)\" column (data/\(year).csv, data/\(year).estimate.csv or data/\(year)-MM.csv), so the report has no actual figures for \(scheme.shortName)", at: report.source))
        }
        let rows = figures.rows.map { row -> ReportRow in
            let index = tree.index(of: row.unit.code) ?? 0
            return ReportRow(
                unit: row.unit, isTotal: false, target: row.target(at: yearPosition),
                actual: actualData?.value(field, unit: index),
                previous: previousData?.value(field, unit: index),
                denominator: data.denominator(scheme.denominator, unit: index, kind: row.unit.kind, year: year,
                                              rule: rule),
                eligible: actualData?.value(.eligible(scheme), unit: index))
        }
        let withDenominator = rows.filter { $0.unit.kind.hasPopulation }
        let total = ReportRow(
            unit: figures.total.unit, isTotal: true,
            target: figures.total.target(at: yearPosition),
            actual: Ratios.sumOfKnown(rows.map(\.actual)),
            previous: Ratios.sumOfKnown(rows.map(\.previous)),
            denominator: Ratios.sumOfKnown(withDenominator.map(\.denominator)),
            eligible: Ratios.sumOfKnown(rows.map(\.eligible)))
        return ReportTable(
            appendix: figures.appendix, year: year, actualStatus: actualData?.status,
            previousStatus: previousData?.status, percentDecimals: max(Self.minimumPercentDecimals, figures.percentDecimals),
            growthForm: figures.growthForm, rows: rows, total: total,
            movedYears: [actualData, previousData].compactMap { $0 }.filter(\.movedAcrossBoundary).map(\.year))
    }
}

extension PlanRow {
    /// The row's target for the plan year at `position`; nil when the row has none there.
    func target(at position: Int) -> ExactNumber? {
        targets.indices.contains(position) ? targets[position].participants : nil
    }
}
