import Foundation
import VietnameseFormat

/// Everything known about one unit across the years, per scheme: the figures observed in the
/// data (actual, estimate, to-month) and the targets the plans set for it.
public struct UnitHistory: Sendable {
    /// A year's figure from the data.
    public struct Observation: Sendable, Hashable {
        /// The year.
        public var year: Int
        /// Actual, estimate or actual to a month.
        public var status: DataStatus
        /// Participants.
        public let participants: ExactNumber
        /// Labour force (population for health insurance) of that year, carried forward when unknown.
        public let denominator: ExactNumber?
        /// participants ÷ denominator × 100, worked out once (pages show it several times).
        public let coverage: ExactNumber?
        /// True when the figure was counted in the old register and moved into the new units.
        public var movedAcrossBoundary: Bool

        /// Creates an observation.
        public init(year: Int, status: DataStatus, participants: ExactNumber, denominator: ExactNumber?,
                    movedAcrossBoundary: Bool = false) {
            self.year = year
            self.status = status
            self.participants = participants
            self.denominator = denominator
            coverage = Ratios.percent(participants, of: denominator)
            self.movedAcrossBoundary = movedAcrossBoundary
        }
    }

    /// A year's target from a plan.
    public struct Target: Sendable, Hashable {
        /// The plan setting it.
        public var planID: String
        /// The year.
        public var year: Int
        /// The target participants (unrounded under exact carry).
        public var participants: ExactNumber?
        /// The labour force (population for health insurance) the plan counts for the year.
        public var denominator: ExactNumber?
        /// The coverage the target means.
        public var coverage: ExactNumber?

        /// Creates a target.
        public init(planID: String, year: Int, participants: ExactNumber?, denominator: ExactNumber?, coverage: ExactNumber?) {
            self.planID = planID
            self.year = year
            self.participants = participants
            self.denominator = denominator
            self.coverage = coverage
        }
    }

    /// One scheme's history.
    public struct SchemeHistory: Sendable {
        /// The scheme.
        public var scheme: Scheme
        /// One whole-year figure per year that has one (actual, else estimate), ascending.
        public var years: [Observation]
        /// The latest to-month figure of each year that has one, ascending.
        public var toMonth: [Observation]
        /// Targets of every plan that has the unit as a row or as its area, by plan then year.
        public var targets: [Target]

        /// The latest whole-year figure.
        public var latest: Observation? { years.last }
    }

    /// The unit.
    public var unit: AdminUnit
    /// The schemes with any figure or target, in scheme order.
    public var schemes: [SchemeHistory]
}

extension ProjectFigures {
    /// The history of every unit, in units.csv order, built in one pass over the data and plans.
    public func unitHistories() -> [UnitHistory] {
        let tree = project.tree
        let data = project.data
        var targets = Array(repeating: [Scheme: [UnitHistory.Target]](), count: tree.units.count)
        for plan in plans {
            for appendix in plan.appendices {
                for row in appendix.shownRows {
                    guard let index = tree.index(of: row.unit.code) else { continue }
                    targets[index][appendix.scheme, default: []] += row.targets.map {
                        UnitHistory.Target(planID: plan.plan.id, year: $0.year, participants: $0.participants,
                                           denominator: $0.denominator, coverage: $0.coverage)
                    }
                }
            }
        }
        var toMonthByYear: [Int: Dataset] = [:]
        for dataset in data.datasets where dataset.isToMonth && toMonthByYear[dataset.year] == nil {
            toMonthByYear[dataset.year] = dataset  // datasets list a year's latest month first
        }
        let latestToMonth = toMonthByYear, plannedTargets = targets
        let denominatorFields = Set(Scheme.allCases.map(\.denominator))
        // Units are independent: their histories are worked out on all cores, in unit order.
        return Array(tree.units.indices).concurrentMap { index in
            let unit = tree.units[index]
            // The labour force and population of every data year, carried forward in one pass each.
            var denominators: [DataField: [ExactNumber?]] = [:]
            for field in denominatorFields {
                denominators[field] = data.denominators(field, unit: index, kind: unit.kind, years: data.years, rule: .carry)
            }
            let schemes = Scheme.allCases.compactMap { scheme -> UnitHistory.SchemeHistory? in
                let field = DataField.participants(scheme)
                var years: [UnitHistory.Observation] = []
                var toMonth: [UnitHistory.Observation] = []
                for (position, year) in data.years.enumerated() {
                    let denominator = denominators[scheme.denominator]?[position] ?? nil
                    if let dataset = data.yearDataset(year, for: field), let value = dataset.value(field, unit: index) {
                        years.append(.init(year: year, status: dataset.status, participants: value, denominator: denominator,
                                           movedAcrossBoundary: dataset.movedAcrossBoundary))
                    }
                    if let dataset = latestToMonth[year], let value = dataset.value(field, unit: index) {
                        toMonth.append(.init(year: year, status: dataset.status, participants: value, denominator: denominator,
                                             movedAcrossBoundary: dataset.movedAcrossBoundary))
                    }
                }
                let planned = plannedTargets[index][scheme] ?? []
                guard !years.isEmpty || !toMonth.isEmpty || !planned.isEmpty else { return nil }
                return UnitHistory.SchemeHistory(scheme: scheme, years: years, toMonth: toMonth, targets: planned)
            }
            return UnitHistory(unit: unit, schemes: schemes)
        }
    }
}

extension Dataset {
    /// True for an actual up to the end of a month.
    var isToMonth: Bool {
        if case .actualThrough = status { return true }
        return false
    }
}
