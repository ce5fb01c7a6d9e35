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
        var warnings = data.datasets.concurrentMap { dataset in
            aboveDenominator(dataset, tree: tree) + disagreeingWithChildren(dataset, tree: tree)
                + agencyPopulation(dataset, tree: tree)
        }.flatMap { $0 }
        warnings += yearOnYear(data, tree: tree)
        warnings += unitsWithoutData(data, tree: tree)
        return warnings
    }

    private static func name(_ unit: AdminUnit) -> String { "\(unit.name) (\(unit.code))" }

    private static func plain(_ value: Decimal) -> String { "\(value)" }

    /// Participants above the labour force (population for health insurance) or above the eligible count.
    private static func aboveDenominator(_ dataset: Dataset, tree: UnitTree) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for scheme in Scheme.recorded {
            let field = DataField.participants(scheme)
            guard let given = dataset.given[field] else { continue }
            let denominators = values(of: scheme.denominator, in: dataset, units: given.count)
            let eligibles = values(of: .eligible(scheme), in: dataset, units: given.count)
            for (index, value) in given.enumerated() {
                guard let participants = value else { continue }
                let unit = tree.units[index]
                if let denominator = denominators[index], isAbove(participants, denominator) {
                    warnings.append(Diagnostic(.warning, "\(name(unit)): \(plain(participants)) \(scheme.shortName) participants are more than its \(scheme.denominator.vietnameseName.lowercased()) of \(plain(denominator))", at: dataset.location(of: field, unit: index)))
                }
                if let eligible = eligibles[index], isAbove(participants, eligible) {
                    warnings.append(Diagnostic(.warning, "\(name(unit)): \(plain(participants)) \(scheme.shortName) participants are more than the \(plain(eligible)) people eligible", at: dataset.location(of: field, unit: index)))
                }
            }
        }
        return warnings
    }

    /// A unit's own figure that differs from the sum of its children's, when every child has one.
    private static func disagreeingWithChildren(_ dataset: Dataset, tree: UnitTree) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for (field, given) in dataset.given.sorted(by: { $0.key < $1.key }) {
            let figures = values(of: field, in: dataset, units: tree.units.count)
            for (index, value) in given.enumerated() {
                guard let own = value, let sum = childrenSum(field, of: index, figures: figures, tree: tree) else { continue }
                if sum != own {
                    warnings.append(Diagnostic(.warning, "\(name(tree.units[index])): \(field.key) is \(plain(own)), but its units add up to \(plain(sum)); tables use the units' figures", at: dataset.location(of: field, unit: index)))
                }
            }
        }
        return warnings
    }

    /// The sum of the `figures` of a unit's children (only those with a population, for labour
    /// force and population), in integers when they are whole; nil when it has no such child or
    /// one of them has no figure.
    private static func childrenSum(_ field: DataField, of index: UnitTree.Index, figures: [Decimal?],
                                    tree: UnitTree) -> Decimal? {
        var sum = DecimalSum()
        var counted = false
        for child in tree.children[index] where !field.isPopulationFigure || tree.units[child].kind.hasPopulation {
            guard let value = figures[child] else { return nil }
            sum.add(value)
            counted = true
        }
        return counted ? sum.value : nil
    }

    /// Agency rows carry no labour force or population: a given one is ignored.
    private static func agencyPopulation(_ dataset: Dataset, tree: UnitTree) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for field in [DataField.labourForce, .population] {
            guard let given = dataset.given[field] else { continue }
            for (index, value) in given.enumerated() where value != nil && tree.units[index].kind == .agency {
                warnings.append(Diagnostic(.warning, "\(name(tree.units[index])) is an agency and has no \(field.vietnameseName.lowercased()) of its own; the \(plain(value!)) given is ignored", at: dataset.location(of: field, unit: index)))
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
                guard let current = data.yearDataset(year, for: field), let given = current.given[field],
                      let previous = data.yearDataset(year - 1, for: field) else { continue }
                let limit = field.isPopulationFigure ? populationChangeLimit : participantsChangeLimit
                let nows = values(of: field, in: current, units: tree.units.count)
                let befores = values(of: field, in: previous, units: tree.units.count)
                for index in tree.units.indices {
                    guard index < given.count, given[index] != nil, let now = nows[index], let before = befores[index],
                          !isWithin(limit, now, before),
                          let change = Ratios.growth(now, over: before), abs(change) > limit else { continue }
                    let rounded = NSDecimalNumber(decimal: change).doubleValue.rounded()
                    warnings.append(Diagnostic(.warning, "\(name(tree.units[index])): \(field.key) changes by \(rounded > 0 ? "+" : "")\(Int(rounded))% from \(year - 1) (\(plain(before))) to \(year) (\(plain(now))); more than ±\(limit)% is unusual", at: current.location(of: field, unit: index)))
                }
            }
        }
        return warnings
    }

    /// Units for which no data file has any figure, even through their children.
    private static func unitsWithoutData(_ data: DataStore, tree: UnitTree) -> [Diagnostic] {
        guard !data.datasets.isEmpty else { return [] }
        var warnings: [Diagnostic] = []
        for (index, unit) in tree.units.enumerated() {
            let hasAny = data.datasets.contains { dataset in
                dataset.figures.values.contains { $0[index] != nil }
            }
            if !hasAny {
                warnings.append(Diagnostic(.warning, "\(name(unit)) has no figures in any data file", at: unit.source))
            }
        }
        return warnings
    }

    /// `dataset.value(field, unit:)` of units 0..<`units`, with the field looked up once rather
    /// than once per unit: a recorded field's figures directly, any other through `value`.
    private static func values(of field: DataField, in dataset: Dataset, units: Int) -> [Decimal?] {
        guard DataField.recorded.contains(field), let column = dataset.figures[field] else {
            return (0..<units).map { dataset.value(field, unit: $0) }
        }
        return column.count >= units ? column : column + Array(repeating: nil, count: units - column.count)
    }

    /// `value > limit`, in integers when both are whole numbers (the usual case).
    private static func isAbove(_ value: Decimal, _ limit: Decimal) -> Bool {
        if let value = value.wholeNumber, let limit = limit.wholeNumber { return value > limit }
        return value > limit
    }

    /// True when whole numbers `now` and `before` differ by at most `limit` percent of `before`,
    /// decided in integers (the usual case, and no `Decimal` division); false when it takes the
    /// exact `Decimal` check.
    private static func isWithin(_ limit: Decimal, _ now: Decimal, _ before: Decimal) -> Bool {
        guard let now = now.wholeNumber, let before = before.wholeNumber, before > 0, let limit = limit.wholeNumber,
              abs(now - before) < Int.max / 100, before < Int.max / 100 else { return false }
        return abs(now - before) * 100 <= limit * before
    }

    private static func isEligible(_ field: DataField) -> Bool {
        if case .eligible = field { return true }
        return false
    }
}
