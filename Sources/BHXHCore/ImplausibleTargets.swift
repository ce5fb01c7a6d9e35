import Foundation
import VietnameseFormat

extension PlanCalculator {
    /// A target more than this many percent below the row's base figure is hardly meant.
    static let largestPlausibleFall: Decimal = 10
    /// A target more than this many percent above the row's base figure is hardly meant.
    static let largestPlausibleRise: Decimal = 100

    /// Warns about every row and year whose target falls more than 10% below the row's base
    /// figure or rises more than 100% above it (one rate for very different units, usually),
    /// naming the figures; under `coverage` it suggests the area-wide form of the total method.
    func warnImplausible(_ rows: [PlanRow], appendix: Appendix, label: String, problems: inout Problems) {
        let format = NumberStyle.vietnamese
        for row in rows {
            guard let base = row.base.participants, !base.isZero else { continue }
            let rule = appendix.rule(for: row.unit.code)
            for year in row.targets {
                guard let target = year.participants, let change = Ratios.growth(target, over: base),
                      change < -Self.largestPlausibleFall || change > Self.largestPlausibleRise else { continue }
                let direction = change < 0 ? "below" : "above"
                var message = "\(label): the target of \(describe(row.unit)) for \(year.year), \(format.format(target)), is \(format.format(abs(change), decimals: 2))% \(direction) its base figure \(format.format(base)) (\(row.base.year)); is that meant?"
                if case .coverage(let rates) = rule.method {
                    let example = rates.keys.min().flatMap { first in rates[first].map { "\"\(first)\": \($0)" } } ?? ""
                    message += " One coverage rate for every unit moves units with very different coverage very differently; to set the rate for the whole area and split its people over the units, write {\"method\": \"total\", \"coverage\": {\(example)}, \"allocate\": \"share\"}"
                }
                problems.add(Diagnostic(.warning, message, at: rule.source ?? appendix.source))
            }
        }
    }
}
