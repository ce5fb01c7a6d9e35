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
        let figures = PlanFigures(plan: plan, area: tree.units[areaIndex], appendices: appendices)
        return (figures, problems.list)
    }

    private func compute(_ appendix: Appendix, of plan: Plan, areaIndex: UnitTree.Index,
                         problems: inout Problems) -> AppendixFigures {
        let scheme = appendix.scheme
        let field = DataField.participants(scheme)
        let carry = appendix.carry ?? plan.carry
        let rowIndices = tree.children[areaIndex]
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

        // Base year.
        var baseRows: [YearFigures] = []
        for (position, index) in rowIndices.enumerated() {
            let unit = tree.units[index]
            let participants = baseDataset?.value(field, unit: index)
            baseRows.append(YearFigures(
                year: plan.baseYear, status: baseDataset?.status ?? .estimate, participants: participants,
                denominator: denominatorRows[position][0],
                eligible: baseDataset?.value(.eligible(scheme), unit: index)))
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
            let denominators = denominatorRows.map { $0[yearPosition + 1] }
            let values = targets(appendix, year: year, rows: rowIndices, previous: previous,
                                 baseParticipants: baseRows.map(\.participants), denominators: denominators,
                                 label: label, problems: &problems)
            let shown = values.map { $0?.roundedHalfUp() }
            for position in rowIndices.indices {
                targetRows[position].append(YearFigures(
                    year: year, status: .target, participants: shown[position],
                    denominator: denominators[position], previous: previousShown[position]))
            }
            previous = carry == .rounded ? shown : values
            previousShown = shown
        }

        let rows = rowIndices.indices.map { position in
            PlanRow(unit: tree.units[rowIndices[position]], isTotal: false,
                    throughMonth: throughDataset?.value(field, unit: rowIndices[position]),
                    base: baseRows[position], targets: targetRows[position])
        }
        return AppendixFigures(
            appendix: appendix, carry: carry, percentDecimals: appendix.percentDecimals ?? plan.percentDecimals,
            growthForm: appendix.growthForm ?? plan.growthForm, baseYear: plan.baseYear,
            throughStatus: throughStatus, years: plan.years, rows: rows,
            total: totalRow(of: rows, area: tree.units[areaIndex]))
    }

    /// The targets of one year for every row.
    private func targets(_ appendix: Appendix, year: Int, rows: [UnitTree.Index], previous: [Decimal?],
                         baseParticipants: [Decimal?], denominators: [Decimal?], label: String,
                         problems: inout Problems) -> [Decimal?] {
        var values = [Decimal?](repeating: nil, count: rows.count)
        var allocated: [Int] = []
        // 1 + rate ÷ 100 of the main method, worked out once for all the rows that follow it.
        var mainFactor: Decimal?
        if case .growth(let rates) = appendix.target.method, let rate = rates[year] { mainFactor = 1 + rate.timesPowerOfTen(-2) }
        for (position, index) in rows.enumerated() {
            let unit = tree.units[index]
            let override = appendix.override(for: unit.code)
            let rule = override ?? appendix.target
            switch rule.method {
            case .growth(let rates):
                guard let rate = rates[year] else {
                    problems.error("\(label): the growth method gives no rate for \(year)", at: rule.source)
                    continue
                }
                let factor = (override == nil ? mainFactor : nil) ?? 1 + rate.timesPowerOfTen(-2)
                values[position] = previous[position].map { $0 * factor }
            case .coverage(let rates):
                guard let rate = rates[year] else {
                    problems.error("\(label): the coverage method gives no rate for \(year)", at: rule.source)
                    continue
                }
                if !unit.kind.hasPopulation {
                    values[position] = previous[position]
                } else if let denominator = denominators[position] {
                    values[position] = (denominator * rate).timesPowerOfTen(-2)
                } else {
                    problems.error("\(label): \(describe(unit)) has no \(appendix.scheme.denominator.vietnameseName.lowercased()) for \(year) or any earlier year, so a coverage target cannot be set",
                                   at: rule.source)
                }
            case .values(let table):
                if let value = table[unit.code]?[year] {
                    values[position] = value
                } else {
                    problems.error("\(label): the values target gives no figure for \(describe(unit)) in \(year)", at: rule.source)
                }
            case .total:
                allocated.append(position)
            }
        }
        guard !allocated.isEmpty, case .total(let totals, let allocation) = appendix.target.method else { return values }
        let source = appendix.target.source
        guard let total = totals[year] else {
            problems.error("\(label): the total method gives no total for \(year)", at: source)
            return values
        }
        let fixed = Set(allocated)
        let heldApart = rows.indices.filter { !fixed.contains($0) }.compactMap { values[$0] }.reduce(Decimal(0), +)
        let rest = total - heldApart
        guard rest >= 0 else {
            problems.error("\(label): the total for \(year) (\(total)) is smaller than the \(heldApart) people already set for units with their own method", at: source)
            return values
        }
        let weights = allocated.map { position -> Decimal in
            (allocation == .share ? baseParticipants[position] : denominators[position]) ?? 0
        }
        guard let parts = LargestRemainder.allocate(rest, weights: weights) else {
            let basis = allocation == .share ? "base-year participants" : appendix.scheme.denominator.vietnameseName.lowercased()
            problems.error("\(label): the total for \(year) cannot be split: the units have no \(basis) to split it by", at: source)
            return values
        }
        for (position, part) in zip(allocated, parts) { values[position] = part }
        return values
    }

    /// The total row: sums of the rows shown; coverage over the labour force of the non-agency
    /// rows that have one; growth against the previous total.
    private func totalRow(of rows: [PlanRow], area: AdminUnit) -> PlanRow {
        func sum(_ figures: [YearFigures], year: Int, status: DataStatus, previous: Decimal?) -> YearFigures {
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

    private func needsBase(_ method: TargetMethod, kind: UnitKind) -> Bool {
        switch method {
        case .growth: return true
        case .coverage: return !kind.hasPopulation
        case .values, .total: return false
        }
    }

    private func describe(_ unit: AdminUnit) -> String { "\(unit.name) (\(unit.code))" }
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
