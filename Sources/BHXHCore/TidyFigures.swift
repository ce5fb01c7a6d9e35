import Foundation
import VietnameseFormat

/// What a tidy figure measures.
public enum Measure: String, Sendable, CaseIterable {
    case participants
    case labourForce = "labour_force"
    case population
    case eligible
    case coveragePct = "coverage_pct"
    case participationPct = "participation_pct"
    case growthPct = "growth_pct"
    case completionPct = "completion_pct"

    /// True for percentages (written with 4 decimals); counts are whole numbers.
    public var isPercent: Bool {
        switch self {
        case .participants, .labourForce, .population, .eligible: false
        case .coveragePct, .participationPct, .growthPct, .completionPct: true
        }
    }

    /// The measure naming a scheme's denominator: labour_force, or population for health insurance.
    public static func denominator(of scheme: Scheme) -> Measure {
        scheme.denominator == .population ? .population : .labourForce
    }
}

/// One figure of the tidy table: unit, name, scheme, year, status, measure, value.
public struct TidyFigure: Sendable, Hashable {
    /// The unit's code (the area's for the total row).
    public var unitCode: String
    /// The unit's name ("Toàn tỉnh" for the total row).
    public var unitName: String
    /// The scheme.
    public var scheme: Scheme
    /// The year.
    public var year: Int
    /// actual, actual_through_MM, estimate or target.
    public var status: DataStatus
    /// What is measured.
    public var measure: Measure
    /// The exact value (writers round: counts to whole people, percentages to 4 decimals).
    public var value: ExactNumber

    /// Creates a figure.
    public init(unitCode: String, unitName: String, scheme: Scheme, year: Int, status: DataStatus,
                measure: Measure, value: ExactNumber) {
        self.unitCode = unitCode
        self.unitName = unitName
        self.scheme = scheme
        self.year = year
        self.status = status
        self.measure = measure
        self.value = value
    }
}

/// Flattens computed plans and reports into tidy figures, one per known value; unknown values
/// have no row.
public enum TidyFigures {
    /// A plan's figures: per row and scheme the base year (to-month and whole-year participants,
    /// labour force or population, eligible, coverage, participation), then per plan year
    /// participants, labour force, coverage, eligible and participation (where the table shows
    /// them) and growth, with status `target`. An area with no units below it has its one row,
    /// under its own code. Columns an appendix hides are left out; a side-by-side appendix adds
    /// nothing, its figures being those of its schemes' appendices.
    public static func of(_ plan: PlanFigures) -> [TidyFigure] {
        var out: [TidyFigure] = []
        for appendix in plan.appendices {
            let denominator = Measure.denominator(of: appendix.scheme)
            let layout = appendix.appendix.layout
            // A column the appendix hides is left out here too.
            let shown = { (column: AppendixColumn, value: ExactNumber?) in layout.shows(column) ? value : nil }
            for row in appendix.shownRows {
                var add = Adder(row: row.unit, isTotal: row.isTotal, scheme: appendix.scheme)
                if let through = appendix.throughStatus {
                    add(appendix.baseYear, through, .participants, shown(.through, row.throughMonth))
                }
                let base = row.base
                add(base.year, base.status, .participants, shown(.base, base.participants))
                add(base.year, base.status, denominator, shown(.denominator, base.denominator))
                add(base.year, base.status, .eligible, shown(.eligible, base.eligible))
                add(base.year, base.status, .coveragePct, shown(.coverage, base.coverage))
                add(base.year, base.status, .participationPct, shown(.participation, base.participation))
                for year in row.targets {
                    add(year.year, .target, .participants, year.participants)
                    add(year.year, .target, denominator, shown(.denominator, year.denominator))
                    add(year.year, .target, .coveragePct, shown(.coverage, year.coverage))
                    if appendix.showsEligible {
                        add(year.year, .target, .eligible, shown(.eligible, year.eligible))
                        add(year.year, .target, .participationPct, shown(.participation, year.participation))
                    }
                    add(year.year, .target, .growthPct, shown(.growth, year.growth))
                }
                out += add.figures
            }
        }
        return out
    }

    /// A report's figures: per row and scheme the actual and target participants, then with the
    /// actual's status completion, labour force or population, coverage, growth, eligible and
    /// participation.
    public static func of(_ report: ReportFigures) -> [TidyFigure] {
        var out: [TidyFigure] = []
        for table in report.tables {
            let status = table.actualStatus ?? .actual
            let denominator = Measure.denominator(of: table.scheme)
            for row in table.shownRows {
                var add = Adder(row: row.unit, isTotal: row.isTotal, scheme: table.scheme)
                add(table.year, status, .participants, row.actual)
                add(table.year, .target, .participants, row.target)
                add(table.year, status, .completionPct, row.completion)
                add(table.year, status, denominator, row.denominator)
                add(table.year, status, .coveragePct, row.coverage)
                add(table.year, status, .growthPct, row.growth)
                add(table.year, status, .eligible, row.eligible)
                add(table.year, status, .participationPct, row.participation)
                out += add.figures
            }
        }
        return out
    }

    /// Collects the known figures of one row.
    private struct Adder {
        let code: String
        let name: String
        let scheme: Scheme
        var figures: [TidyFigure] = []

        init(row unit: AdminUnit, isTotal: Bool, scheme: Scheme) {
            code = unit.code
            name = isTotal ? unit.kind.wholeAreaName : unit.name
            self.scheme = scheme
        }

        mutating func callAsFunction(_ year: Int, _ status: DataStatus, _ measure: Measure, _ value: ExactNumber?) {
            guard let value else { return }
            figures.append(TidyFigure(unitCode: code, unitName: name, scheme: scheme, year: year,
                                      status: status, measure: measure, value: value))
        }
    }
}
