import Foundation
import VietnameseFormat

/// Every dataset of a project, and the rules for choosing which figure a year has.
public struct DataStore: Sendable {
    /// All datasets, ordered by year, then actual, estimate, to-month (latest month first).
    public let datasets: [Dataset]
    private let byYear: [Int: [Dataset]]
    /// The years that have at least one dataset, ascending.
    public let years: [Int]

    /// Creates the store.
    public init(datasets: [Dataset]) {
        let sorted = datasets.sorted { ($0.year, $0.status) < ($1.year, $1.status) }
        self.datasets = sorted
        self.byYear = Dictionary(grouping: sorted, by: \.year)
        self.years = byYear.keys.sorted()
    }

    /// The dataset of a year with exactly this status.
    public func dataset(year: Int, status: DataStatus) -> Dataset? {
        byYear[year]?.first { $0.status == status }
    }

    /// The dataset a year's whole-year figure of `field` comes from: the actual file when it has
    /// that column, else the estimate; with `allowingToMonth`, else the latest to-month file.
    public func yearDataset(_ year: Int, for field: DataField, allowingToMonth: Bool = false) -> Dataset? {
        byYear[year]?.first { dataset in
            if case .actualThrough = dataset.status, !allowingToMonth { return false }
            return dataset.has(field)
        }
    }

    /// A figure observed for a unit in a year, whatever file has it (actual, estimate, then the
    /// latest to-month file), with the file's status.
    public func observed(_ field: DataField, unit: UnitTree.Index, year: Int) -> (value: ExactNumber, status: DataStatus)? {
        for dataset in byYear[year] ?? [] {
            if let value = dataset.value(field, unit: unit) { return (value, dataset.status) }
        }
        return nil
    }

    /// A unit's whole-year figure of a year: the actual file's, else the estimate's (never a
    /// to-month file's); nil when neither gives one.
    public func wholeYear(_ field: DataField, unit: UnitTree.Index, year: Int) -> ExactNumber? {
        for dataset in byYear[year] ?? [] where !dataset.isToMonth {
            if let value = dataset.value(field, unit: unit) { return value }
        }
        return nil
    }

    /// The labour force or population of a unit in a year: that year's data where it exists,
    /// otherwise the latest earlier year's carried forward under `rule` (whole people each year).
    /// Nil for agency units and when no year up to `year` has the figure.
    public func denominator(_ field: DataField, unit: UnitTree.Index, kind: UnitKind, year: Int,
                            rule: DenominatorRule) -> ExactNumber? {
        guard kind.hasPopulation else { return nil }
        if let seen = observed(field, unit: unit, year: year) { return seen.value }
        for earlier in years.reversed() where earlier < year {
            guard let seen = observed(field, unit: unit, year: earlier) else { continue }
            var value = seen.value
            for next in (earlier + 1)...year {
                value = rule.carry(value, into: next)
            }
            return value
        }
        return nil
    }
}

extension DataStore {
    /// `denominator(_:unit:kind:year:rule:)` for each of `years` (ascending), worked out in one
    /// pass: a year without data carries the previous year's figure forward, so a plan's years
    /// cost one step each instead of a walk back to the latest data every time.
    public func denominators(_ field: DataField, unit: UnitTree.Index, kind: UnitKind, years: [Int],
                             rule: DenominatorRule) -> [ExactNumber?] {
        guard kind.hasPopulation else { return years.map { _ in nil } }
        guard let first = years.first, let last = years.last, first <= last else { return [] }
        // Every year from the first to the last, each from the one before.
        var everyYear = [denominator(field, unit: unit, kind: kind, year: first, rule: rule)]
        for year in stride(from: first + 1, through: last, by: 1) {
            let previous = everyYear[everyYear.count - 1]
            everyYear.append(observed(field, unit: unit, year: year)?.value ?? previous.map { rule.carry($0, into: year) })
        }
        return years.map { everyYear[$0 - first] }
    }
}

/// How a plan gets the labour force (or population) of years that have no data.
public enum DenominatorRule: Sendable, Hashable {
    /// Keep the latest known figure.
    case carry
    /// Grow it each year by that year's rate in percent, rounding to whole people each year.
    case growth([Int: Decimal])

    /// The figure of `year` from that of the year before.
    public func carry(_ previous: ExactNumber, into year: Int) -> ExactNumber {
        switch self {
        case .carry:
            return previous
        case .growth(let rates):
            let rate = rates[year].map(ExactNumber.init) ?? 0
            return (previous * (1 + rate.timesPowerOfTen(-2))).roundedHalfUp()
        }
    }
}
