import Foundation
import VietnameseFormat

/// Computes every appendix table of a plan from the project's units and data.
/// Problems (a missing rate, figure or value) become diagnostics and leave the figure unknown.
public struct PlanCalculator: Sendable {
    /// The unit hierarchy.
    public let tree: UnitTree
    /// The yearly data.
    public let data: DataStore

    /// Creates a calculator over a project's units and data.
    public init(tree: UnitTree, data: DataStore) {
        self.tree = tree
        self.data = data
    }

    /// Computes the plan; nil figures when its area is not a unit.
    public func compute(_ plan: Plan) -> (figures: PlanFigures?, diagnostics: [Diagnostic]) {
        guard let areaIndex = tree.index(of: plan.area) else {
            return (nil, [Diagnostic(.error, "the plan's area \"\(plan.area)\" is not a unit code of units.csv", at: plan.source)])
        }
        var problems = Problems()
        let appendices = plan.appendices.map { compute($0, of: plan, areaIndex: areaIndex, problems: &problems) }
        let sideBySide = plan.sideBySide.map { table in
            SideBySideFigures(appendix: table, parts: table.schemes.compactMap { scheme in appendices.first { $0.scheme == scheme } })
        }
        let figures = PlanFigures(plan: plan, area: tree.units[areaIndex], appendices: appendices, sideBySide: sideBySide)
        return (figures, problems.list)
    }

    private func compute(_ appendix: Appendix, of plan: Plan, areaIndex: UnitTree.Index,
                         problems: inout Problems) -> AppendixFigures {
        let scheme = appendix.scheme
        let field = DataField.participants(scheme)
        let carry = appendix.carry ?? plan.carry
        // An area with no units below it (a town planning for itself) is its own single row.
        let rowIndices = tree.children[areaIndex].isEmpty ? [areaIndex] : tree.children[areaIndex]
        let label = "PHỤ LỤC \(appendix.number)"

        let baseDataset = data.yearDataset(plan.baseYear, for: field)
        if baseDataset == nil {
            problems.error("\(label): no data file for the base year \(plan.baseYear) has a \"\(field.key)\" column (data/\(plan.baseYear).csv or data/\(plan.baseYear).estimate.csv)", at: plan.source)
        }
        var throughDataset: Dataset?
        var throughStatus: DataStatus?
        if let month = plan.baseThroughMonth {
            throughStatus = .actualThrough(month: month)
            throughDataset = data.dataset(year: plan.baseYear, status: .actualThrough(month: month))
            if throughDataset?.has(field) != true {
                let name = "data/\(plan.baseYear)-\(month < 10 ? "0" : "")\(month).csv"
                problems.error("\(label): the plan starts from the actual to month \(month)/\(plan.baseYear), but \(name) is missing or has no \"\(field.key)\" column", at: plan.source)
            }
        }

        // The labour force (population) of every row for the base year and each plan year.
        let denominatorRows = rowIndices.map { index in
            data.denominators(scheme.denominator, unit: index, kind: tree.units[index].kind,
                              years: [plan.baseYear] + plan.years, rule: plan.denominatorRule)
        }

        // The eligible count of every row: the base year's from the base participants' file, each
        // plan year's from that year's file, else carried forward.
        let eligibleRows = rowIndices.map { index in
            eligibleCounts(scheme, unit: index, base: baseDataset?.value(.eligible(scheme), unit: index),
                           baseYear: plan.baseYear, years: plan.years)
        }

        // Base year.
        var baseRows: [YearFigures] = []
        for (position, index) in rowIndices.enumerated() {
            let unit = tree.units[index]
            let participants = baseDataset?.value(field, unit: index)
            baseRows.append(YearFigures(
                year: plan.baseYear, status: baseDataset?.status ?? .estimate, participants: participants,
                denominator: denominatorRows[position][0], eligible: eligibleRows[position][0]))
            // An agency that does not collect for a scheme ("-" in seed 000's voluntary table)
            // simply has no row figures; any other unit without a base figure is worth a look.
            if participants == nil, let baseDataset, unit.kind != .agency,
               needsBase(appendix.rule(for: unit.code).method, kind: unit.kind) {
                problems.add(Diagnostic(.warning, "\(label): \(describe(unit)) has no \"\(field.key)\" figure for the base year \(plan.baseYear), so its targets are shown as \"-\" and left out of the total",
                                        at: baseDataset.location(of: field, unit: index) ?? plan.source))
            }
        }

        // Plan years, each built on the previous one. Targets are shown in whole people, so that
        // every total and percentage can be recomputed from the table; under exact carry the
        // next year grows from the unrounded value.
        var previous = baseRows.map(\.participants)
        var previousShown = previous
        var targetRows = Array(repeating: [YearFigures](), count: rowIndices.count)
        for (yearPosition, year) in plan.years.enumerated() {
            let inputs = YearInputs(
                year: year, previous: previous, baseParticipants: baseRows.map(\.participants),
                denominators: denominatorRows.map { $0[yearPosition + 1] },
                eligible: eligibleRows.map { $0[yearPosition + 1] })
            let values = targets(appendix, rows: rowIndices, inputs, label: label, problems: &problems)
            let shown = values.map { $0?.roundedHalfUp() }
            for position in rowIndices.indices {
                targetRows[position].append(YearFigures(
                    year: year, status: .target, participants: shown[position],
                    denominator: inputs.denominators[position], eligible: inputs.eligible[position],
                    previous: previousShown[position]))
            }
            previous = carry == .rounded ? shown : values
            previousShown = shown
        }

        let rows = rowIndices.indices.map { position in
            PlanRow(unit: tree.units[rowIndices[position]], isTotal: false,
                    throughMonth: throughDataset?.value(field, unit: rowIndices[position]),
                    base: baseRows[position], targets: targetRows[position])
        }
        warnImplausible(rows, appendix: appendix, label: label, problems: &problems)
        return AppendixFigures(
            appendix: appendix, carry: carry, percentDecimals: appendix.percentDecimals ?? plan.percentDecimals,
            growthForm: appendix.growthForm ?? plan.growthForm, baseYear: plan.baseYear,
            throughStatus: throughStatus, years: plan.years, rows: rows,
            total: totalRow(of: rows, area: tree.units[areaIndex]),
            movedYears: [baseDataset, throughDataset].contains { $0?.movedAcrossBoundary == true } ? [plan.baseYear] : [])
    }

    /// The total row: sums of the rows shown; coverage over the labour force of the non-agency
    /// rows that have one; growth against the previous total.
    private func totalRow(of rows: [PlanRow], area: AdminUnit) -> PlanRow {
        func sum(_ figures: [YearFigures], year: Int, status: DataStatus, previous: ExactNumber?) -> YearFigures {
            let withDenominator = zip(rows, figures).filter { $0.0.unit.kind.hasPopulation }.map { $0.1 }
            return YearFigures(
                year: year, status: status,
                participants: Ratios.sumOfKnown(figures.map(\.participants)),
                denominator: Ratios.sumOfKnown(withDenominator.map(\.denominator)),
                eligible: Ratios.sumOfKnown(figures.map(\.eligible)),
                previous: previous)
        }
        let base = sum(rows.map(\.base), year: rows.first?.base.year ?? 0, status: rows.first?.base.status ?? .estimate, previous: nil)
        var targets: [YearFigures] = []
        var previous = base.participants
        for position in (rows.first?.targets ?? []).indices {
            let year = sum(rows.map { $0.targets[position] }, year: rows[0].targets[position].year, status: .target, previous: previous)
            targets.append(year)
            previous = year.participants
        }
        return PlanRow(unit: area, isTotal: true, throughMonth: Ratios.sumOfKnown(rows.map(\.throughMonth)),
                       base: base, targets: targets)
    }

    /// The eligible count of a unit for the base year (`base`) and each plan year: that year's
    /// whole-year figure (actual, else estimate), else the latest earlier year's carried forward.
    private func eligibleCounts(_ scheme: Scheme, unit: UnitTree.Index, base: ExactNumber?, baseYear: Int,
                                years: [Int]) -> [ExactNumber?] {
        var latest = base
        var seenUpTo = baseYear
        var result = [base]
        for year in years {
            for dataYear in data.years where dataYear > seenUpTo && dataYear <= year {
                latest = data.wholeYear(.eligible(scheme), unit: unit, year: dataYear) ?? latest
            }
            seenUpTo = year
            result.append(latest)
        }
        return result
    }

    private func needsBase(_ method: TargetMethod, kind: UnitKind) -> Bool {
        switch method {
        case .growth: return true
        case .coverage: return !kind.hasPopulation
        case .participation, .values, .total: return false
        }
    }

    func describe(_ unit: AdminUnit) -> String { "\(unit.name) (\(unit.code))" }
}

/// Diagnostics collected once each, in the order found.
struct Problems {
    private(set) var list: [Diagnostic] = []
    private var seen: Set<Diagnostic> = []

    mutating func error(_ message: String, at location: SourceRef?) {
        add(Diagnostic(.error, message, at: location))
    }

    mutating func add(_ diagnostic: Diagnostic) {
        if seen.insert(diagnostic).inserted { list.append(diagnostic) }
    }
}
