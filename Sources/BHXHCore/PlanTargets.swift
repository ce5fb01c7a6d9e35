import Foundation
import VietnameseFormat

/// What the targets of one plan year are worked out from, one entry per row.
struct YearInputs {
    /// The plan year.
    let year: Int
    /// The previous year's value of each row (the base figure for the first plan year).
    let previous: [ExactNumber?]
    /// Each row's base-year participants (the weights of a `share` split).
    let baseParticipants: [ExactNumber?]
    /// Each row's labour force (population for health insurance) in the year; nil for agencies.
    let denominators: [ExactNumber?]
    /// Each row's eligible count in the year.
    let eligible: [ExactNumber?]
}

extension PlanCalculator {
    /// The targets of one year for every row.
    func targets(_ appendix: Appendix, rows: [UnitTree.Index], _ inputs: YearInputs, label: String,
                 problems: inout Problems) -> [ExactNumber?] {
        let year = inputs.year
        var values = [ExactNumber?](repeating: nil, count: rows.count)
        var allocated: [Int] = []
        // 1 + rate ÷ 100 of the main method, worked out once for all the rows that follow it.
        var mainFactor: ExactNumber?
        if case .growth(let rates) = appendix.target.method, let rate = rates[year] { mainFactor = Self.factor(rate) }
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
                let factor = (override == nil ? mainFactor : nil) ?? Self.factor(rate)
                values[position] = inputs.previous[position].map { $0 * factor }
            case .coverage(let rates):
                guard let rate = rates[year] else {
                    problems.error("\(label): the coverage method gives no rate for \(year)", at: rule.source)
                    continue
                }
                if !unit.kind.hasPopulation {
                    values[position] = inputs.previous[position]
                } else if let denominator = inputs.denominators[position] {
                    values[position] = (denominator * ExactNumber(rate)).timesPowerOfTen(-2)
                } else {
                    problems.error("\(label): \(describe(unit)) has no \(appendix.scheme.denominator.vietnameseName.lowercased()) for \(year) or any earlier year, so a coverage target cannot be set",
                                   at: rule.source)
                }
            case .participation(let rates):
                guard let rate = rates[year] else {
                    problems.error("\(label): the participation method gives no rate for \(year)", at: rule.source)
                    continue
                }
                if let eligible = inputs.eligible[position] {
                    values[position] = (eligible * ExactNumber(rate)).timesPowerOfTen(-2)
                } else {
                    values[position] = inputs.previous[position]
                    problems.add(Diagnostic(.warning, "\(label): \(describe(unit)) has no \"\(DataField.eligible(appendix.scheme).key)\" count for \(year) or any earlier year, so its target for \(year) keeps the previous year's figure",
                                            at: rule.source))
                }
            case .values(let table):
                if let value = table[unit.code]?[year] {
                    values[position] = ExactNumber(value)
                } else {
                    problems.error("\(label): the values target gives no figure for \(describe(unit)) in \(year)", at: rule.source)
                }
            case .total:
                allocated.append(position)
            }
        }
        guard !allocated.isEmpty, case .total(let areaTotal, let allocation) = appendix.target.method,
              let total = self.areaTotal(areaTotal, appendix: appendix, inputs, label: label, problems: &problems) else {
            return values
        }
        let source = appendix.target.source
        let fixed = Set(allocated)
        let heldApart = rows.indices.filter { !fixed.contains($0) }.compactMap { values[$0] }.reduce(0, +)
        let rest = total - heldApart
        guard rest >= 0 else {
            problems.error("\(label): the total for \(year) (\(total)) is smaller than the \(heldApart) people already set for units with their own method", at: source)
            return values
        }
        let weights = allocated.map { position -> Decimal in
            switch allocation {
            case .share: return inputs.baseParticipants[position]?.decimal ?? 0
            case .labourForce: return inputs.denominators[position]?.decimal ?? 0
            case .eligible: return inputs.eligible[position]?.decimal ?? 0
            }
        }
        guard let parts = LargestRemainder.allocate(rest.decimal, weights: weights) else {
            let basis: String
            switch allocation {
            case .share: basis = "base-year participants"
            case .labourForce: basis = appendix.scheme.denominator.vietnameseName.lowercased()
            case .eligible: basis = "eligible counts (\"\(DataField.eligible(appendix.scheme).key)\")"
            }
            problems.error("\(label): the total for \(year) cannot be split: the units have no \(basis) to split it by", at: source)
            return values
        }
        for (position, part) in zip(allocated, parts) { values[position] = ExactNumber(part) }
        return values
    }

    /// The whole area's target for the year: as typed, or the rate of the rows' labour force
    /// (population) or eligible counts, rounded half up to whole people.
    private func areaTotal(_ areaTotal: AreaTotal, appendix: Appendix, _ inputs: YearInputs, label: String,
                           problems: inout Problems) -> ExactNumber? {
        let year = inputs.year
        let source = appendix.target.source
        let rates: [Int: Decimal], basis: [ExactNumber?], basisName: String
        switch areaTotal {
        case .totals(let totals):
            guard let total = totals[year] else {
                problems.error("\(label): the total method gives no total for \(year)", at: source)
                return nil
            }
            return ExactNumber(total)
        case .coverage(let byYear):
            (rates, basis, basisName) = (byYear, inputs.denominators, appendix.scheme.denominator.vietnameseName.lowercased())
        case .participation(let byYear):
            (rates, basis, basisName) = (byYear, inputs.eligible, "an eligible count (\"\(DataField.eligible(appendix.scheme).key)\")")
        }
        guard let rate = rates[year] else {
            problems.error("\(label): the total method gives no \(areaTotal.key) rate for \(year)", at: source)
            return nil
        }
        guard let sum = Ratios.sumOfKnown(basis) else {
            problems.error("\(label): no row has \(basisName) for \(year) or any earlier year, so the \(areaTotal.key) rate for the whole area cannot be turned into people", at: source)
            return nil
        }
        return (sum * ExactNumber(rate)).timesPowerOfTen(-2).roundedHalfUp()
    }

    /// 1 + rate ÷ 100, the factor of a growth rate in percent.
    private static func factor(_ rate: Decimal) -> ExactNumber {
        1 + ExactNumber(rate).timesPowerOfTen(-2)
    }
}
