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
            for (index, value) in given.enumerated() {
                guard let participants = value else { continue }
                let unit = tree.units[index]
                if let denominator = dataset.value(scheme.denominator, unit: index), isAbove(participants, denominator) {
                    warnings.append(Diagnostic(.warning, "\(name(unit)): \(plain(participants)) \(scheme.shortName) participants are more than its \(scheme.denominator.vietnameseName.lowercased()) of \(plain(denominator))", at: dataset.location(of: field, unit: index)))
                }
                if let eligible = dataset.value(.eligible(scheme), unit: index), isAbove(participants, eligible) {
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
            for (index, value) in given.enumerated() {
                guard let own = value else { continue }
                let children = tree.children[index].filter { !field.isPopulationFigure || tree.units[$0].kind.hasPopulation }
                guard !children.isEmpty else { continue }
                let childValues = children.map { dataset.value(field, unit: $0) }
                guard childValues.allSatisfy({ $0 != nil }) else { continue }
                let sum = childValues.compactMap { $0 }.reduce(Decimal(0), +)
                if sum != own {
                    warnings.append(Diagnostic(.warning, "\(name(tree.units[index])): \(field.key) is \(plain(own)), but its units add up to \(plain(sum)); tables use the units' figures", at: dataset.location(of: field, unit: index)))
                }
            }
        }
        return warnings
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
                guard let current = data.yearDataset(year, for: field), current.given[field] != nil,
                      let previous = data.yearDataset(year - 1, for: field) else { continue }
                let limit = field.isPopulationFigure ? populationChangeLimit : participantsChangeLimit
                for index in tree.units.indices {
                    guard current.given[field]?[index] != nil,
                          let now = current.value(field, unit: index), let before = previous.value(field, unit: index),
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
