import Foundation
import VietnameseFormat

extension PlanCalculator {
    /// A target more than this many percent below the row's base figure is hardly meant.
    static let largestPlausibleFall: ExactNumber = 10
    /// A target more than this many percent above the row's base figure is hardly meant.
    static let largestPlausibleRise: ExactNumber = 100

    /// Refuses, once per row, a target above `PeopleLimit.maximum` (a growth rate of 1e30, say).
    /// Warns, once per row, about targets that fall more than 10% below the row's base
    /// figure or rise more than 100% above it (one rate for very different units, usually),
    /// naming the figures; under `coverage` it suggests the area-wide form of the total method.
    func warnImplausible(_ rows: [PlanRow], appendix: Appendix, label: String, problems: inout Problems) {
        let format = NumberStyle.vietnamese
        for row in rows {
            if let huge = row.targets.first(where: { $0.participants.map { $0 > Self.peopleLimit } ?? false }),
               let target = huge.participants {
                let rule = appendix.rule(for: row.unit.code)
                problems.add(Diagnostic(.error, "\(label): the target of \(describe(row.unit)) for \(huge.year) comes to \(format.format(target)) people, more than the country has (at most \(format.format(PeopleLimit.maximum))); check the rates that lead to it", at: rule.source ?? appendix.source))
                continue
            }
            guard let base = row.base.participants, !base.isZero else { continue }
            let outliers = row.targets.compactMap { year -> (year: Int, target: ExactNumber, change: ExactNumber)? in
                guard let target = year.participants, let change = Ratios.growth(target, over: base),
                      Self.isImplausible(change) else { return nil }
                return (year.year, target, change)
            }
            guard let first = outliers.first else { continue }
            let rule = appendix.rule(for: row.unit.code)
            let direction = first.change < 0 ? "below" : "above"
            var message = "\(label): the target of \(describe(row.unit)) for \(first.year), \(format.format(first.target)), is \(format.format(first.change < 0 ? 0 - first.change : first.change, decimals: 2))% \(direction) its base figure \(format.format(base)) (\(row.base.year))"
            if outliers.count > 1 {
                message += ", and so are its targets for \(outliers.dropFirst().map { String($0.year) }.joined(separator: ", "))"
            }
            message += "; is that meant?"
            if case .coverage(let rates) = rule.method {
                let example = rates.keys.min().flatMap { first in rates[first].map { "\"\(first)\": \($0)" } } ?? ""
                message += " One coverage rate for every unit moves units with very different coverage very differently; to set the rate for the whole area and split its people over the units, write {\"method\": \"total\", \"coverage\": {\(example)}, \"allocate\": \"share\"}"
            }
            problems.add(Diagnostic(.warning, message, at: rule.source ?? appendix.source))
        }
    }

    /// `PeopleLimit.maximum`, exactly.
    private static let peopleLimit = ExactNumber(PeopleLimit.maximum)

    /// A change (in percent) below −`largestPlausibleFall` or above `largestPlausibleRise`.
    private static func isImplausible(_ change: ExactNumber) -> Bool {
        change < 0 - largestPlausibleFall || change > largestPlausibleRise
    }
}
