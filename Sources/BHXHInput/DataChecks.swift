import BHXHCore
import Foundation
import VietnameseFormat

/// Plausibility checks over loaded data. They give warnings: the build goes on (unless
/// `--strict`), but an officer should look at each.
public enum DataChecks {
    /// Participants may change by at most this share (50%) from one year to the next.
    public static let participantsChangeLimit: Decimal = 50
    /// Labour force and population may change by at most this share (20%) from one year to the next.
    public static let populationChangeLimit: Decimal = 20

    /// Every warning about the data, in file order.
    public static func warnings(tree: UnitTree, data: DataStore) -> [Diagnostic] {
        // Each file is checked on its own, on all cores; the warnings keep the files' order.
        let hasPopulation = tree.units.map(\.kind.hasPopulation)
        var warnings = data.datasets.concurrentMap { dataset in
            aboveDenominator(dataset, tree: tree) + disagreeingWithChildren(dataset, tree: tree, hasPopulation: hasPopulation)
                + agencyPopulation(dataset, tree: tree)
        }.flatMap { $0 }
        warnings += yearOnYear(data, tree: tree)
        warnings += unitsWithoutData(data, tree: tree)
        return warnings
    }

    private static func name(_ unit: AdminUnit) -> String { "\(unit.name) (\(unit.code))" }

    private static func plain(_ value: Decimal) -> String { "\(value)" }

    /// A known figure of a column as messages write it (an integer prints as its `Decimal` does).
    private static func plain(_ column: FigureColumn, _ index: Int) -> String {
        column.whole(index).map { "\($0)" } ?? column[index].map(plain) ?? "-"
    }

    /// Participants above the labour force (population for health insurance) or above the eligible count.
    private static func aboveDenominator(_ dataset: Dataset, tree: UnitTree) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for scheme in Scheme.recorded {
            let field = DataField.participants(scheme)
            guard let given = dataset.givenColumn(field) else { continue }
            let denominators = dataset.column(scheme.denominator)
            let eligibles = dataset.column(.eligible(scheme))
            for index in 0..<given.count where given.isKnown(index) {
                if let denominators, isAbove(given, denominators, at: index) {
                    let unit = tree.units[index]
                    warnings.append(Diagnostic(.warning, "\(name(unit)): \(plain(given, index)) \(scheme.shortName) participants are more than its \(scheme.denominator.vietnameseName.lowercased()) of \(plain(denominators, index))", at: dataset.location(of: field, unit: index)))
                }
                if let eligibles, isAbove(given, eligibles, at: index) {
                    let unit = tree.units[index]
                    warnings.append(Diagnostic(.warning, "\(name(unit)): \(plain(given, index)) \(scheme.shortName) participants are more than the \(plain(eligibles, index)) people eligible", at: dataset.location(of: field, unit: index)))
                }
            }
        }
        return warnings
    }

    /// A unit's own figure that differs from the sum of its children's, when every child has one.
    private static func disagreeingWithChildren(_ dataset: Dataset, tree: UnitTree, hasPopulation: [Bool]) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for field in dataset.givenFields {
            guard let given = dataset.givenColumn(field), let figures = dataset.column(field) else { continue }
            let populationFigure = field.isPopulationFigure
            for index in 0..<given.count where given.isKnown(index) {
                // Only children with a population count for labour force and population.
                let children = tree.children[index].lazy.filter { !populationFigure || hasPopulation[$0] }
                guard let sum = childrenSum(children, figures: figures) else { continue }
                if let whole = given.whole(index), case .whole(let total) = sum {
                    if whole == total { continue }
                } else if given[index] == sum.value {
                    continue
                }
                warnings.append(Diagnostic(.warning, "\(name(tree.units[index])): \(field.key) is \(plain(given, index)), but its units add up to \(sum.text); tables use the units' figures", at: dataset.location(of: field, unit: index)))
            }
        }
        return warnings
    }

    /// A sum of figures: an integer while they are whole, else exact in `Decimal`.
    private enum Sum {
        case whole(Int)
        case exact(Decimal)

        var value: Decimal {
            switch self {
            case .whole(let whole): Decimal(whole)
            case .exact(let exact): exact
            }
        }

        var text: String {
            switch self {
            case .whole(let whole): "\(whole)"
            case .exact(let exact): plain(exact)
            }
        }
    }

    /// The sum of the `figures` of `children`; nil when there is no child or one of them has no figure.
    private static func childrenSum<Children: Collection<UnitTree.Index>>(_ children: Children, figures: FigureColumn) -> Sum? {
        var total = 0
        var counted = false
        for child in children {
            guard let value = figures.whole(child) else {
                // Not an integer: unknown (no sum), or a figure only `Decimal` holds.
                guard figures.isKnown(child) else { return nil }
                return exactSum(children, figures: figures)
            }
            let (sum, overflow) = total.addingReportingOverflow(value)
            if overflow { return exactSum(children, figures: figures) }
            total = sum
            counted = true
        }
        return counted ? .whole(total) : nil
    }

    private static func exactSum<Children: Collection<UnitTree.Index>>(_ children: Children, figures: FigureColumn) -> Sum? {
        var sum = DecimalSum()
        for child in children {
            guard let value = figures[child] else { return nil }
            sum.add(value)
        }
        return .exact(sum.value)
    }

    /// Agency rows carry no labour force or population: a given one is ignored.
    private static func agencyPopulation(_ dataset: Dataset, tree: UnitTree) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for field in [DataField.labourForce, .population] {
            guard let given = dataset.givenColumn(field) else { continue }
            for index in 0..<given.count where given.isKnown(index) && tree.units[index].kind == .agency {
                warnings.append(Diagnostic(.warning, "\(name(tree.units[index])) is an agency and has no \(field.vietnameseName.lowercased()) of its own; the \(plain(given, index)) given is ignored", at: dataset.location(of: field, unit: index)))
            }
        }
        return warnings
    }

    /// Changes from one year's whole-year figures to the next beyond ±50% (participants) or ±20%
    /// (labour force, population).
    private static func yearOnYear(_ data: DataStore, tree: UnitTree) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for year in data.years {
            for field in DataField.recorded where !isEligible(field) {
                guard let current = data.yearDataset(year, for: field), let given = current.givenColumn(field),
                      let nows = current.column(field),
                      let befores = data.yearDataset(year - 1, for: field)?.column(field) else { continue }
                let limit = field.isPopulationFigure ? populationChangeLimit : participantsChangeLimit
                let wholeLimit = limit.wholeNumber
                for index in tree.units.indices {
                    guard index < given.count, given.isKnown(index), index < nows.count, index < befores.count,
                          nows.isKnown(index), befores.isKnown(index) else { continue }
                    if let wholeLimit, let now = nows.whole(index), let before = befores.whole(index),
                       isWithin(wholeLimit, now, before) {
                        continue
                    }
                    guard let now = nows[index], let before = befores[index],
                          let change = Ratios.growth(now, over: before), abs(change) > limit else { continue }
                    let rounded = NSDecimalNumber(decimal: change).doubleValue.rounded()
                    warnings.append(Diagnostic(.warning, "\(name(tree.units[index])): \(field.key) changes by \(rounded > 0 ? "+" : "")\(Int(rounded))% from \(year - 1) (\(plain(befores, index))) to \(year) (\(plain(nows, index))); more than ±\(limit)% is unusual", at: current.location(of: field, unit: index)))
                }
            }
        }
        return warnings
    }

    /// Units for which no data file has any figure, even through their children.
    private static func unitsWithoutData(_ data: DataStore, tree: UnitTree) -> [Diagnostic] {
        guard !data.datasets.isEmpty else { return [] }
        var hasAny = Array(repeating: false, count: tree.units.count)
        for dataset in data.datasets {
            for field in dataset.givenFields {
                guard let column = dataset.column(field) else { continue }
                for index in 0..<min(column.count, hasAny.count) where column.isKnown(index) {
                    hasAny[index] = true
                }
            }
        }
        var warnings: [Diagnostic] = []
        for (index, unit) in tree.units.enumerated() where !hasAny[index] {
            warnings.append(Diagnostic(.warning, "\(name(unit)) has no figures in any data file", at: unit.source))
        }
        return warnings
    }

    /// `values[index] > limits[index]` for a unit with both figures, in integers when both are
    /// whole (the usual case); false when the limit is unknown.
    private static func isAbove(_ values: FigureColumn, _ limits: FigureColumn, at index: Int) -> Bool {
        guard index < limits.count, limits.isKnown(index) else { return false }
        if let value = values.whole(index), let limit = limits.whole(index) { return value > limit }
        guard let value = values[index], let limit = limits[index] else { return false }
        return value > limit
    }

    /// True when `now` and `before` differ by at most `limit` percent of `before`, decided in
    /// integers (no `Decimal` division); false when it takes the exact `Decimal` check.
    private static func isWithin(_ limit: Int, _ now: Int, _ before: Int) -> Bool {
        let (difference, overflow) = now.subtractingReportingOverflow(before)
        guard !overflow, before > 0, difference.magnitude < UInt(Int.max / 100), before < Int.max / 100 else { return false }
        return abs(difference) * 100 <= limit * before
    }

    private static func isEligible(_ field: DataField) -> Bool {
        if case .eligible = field { return true }
        return false
    }
}
