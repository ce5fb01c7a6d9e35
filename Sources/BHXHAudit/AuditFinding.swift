import Foundation

/// Something wrong in a table: where, what it states, what the numbers give, and how serious.
public struct AuditFinding: Sendable, Hashable {
    /// The kinds of finding, as the CSV of findings names them.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A total that is not the sum of its rows.
        case totalMismatch = "total_mismatch"
        /// A coverage that is not participants ÷ labour force × 100 within the digits shown.
        case coverageMismatch = "coverage_mismatch"
        /// A stated growth that is not the growth of the numbers.
        case growthMismatch = "growth_mismatch"
        /// A total coverage that adds up the rows' percentages (Excel's SUM over a % column).
        case sumOfPercentages = "sum_of_percentages"
        /// An agency row ("BHXH tỉnh") with a labour force.
        case agencyHasLabourForce = "agency_has_labour_force"
        /// A labour force that differs between tables of the same plan.
        case inconsistentAcrossTables = "inconsistent_across_tables"
    }

    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable, CaseIterable {
        /// More than one unit of the last digit shown away: a wrong figure.
        case major
        /// Within one unit of the last digit shown: a figure rounded the wrong way or cut off.
        case rounding
    }

    /// What is wrong.
    public var kind: Kind
    /// How serious it is.
    public var severity: Severity
    /// The file as the user named it.
    public var path: String
    /// The line of the row.
    public var line: Int
    /// The spreadsheet column of the cell (1 = A).
    public var column: Int
    /// The row's unit as typed ("Toàn tỉnh").
    public var unit: String
    /// The year of the column, when it has one.
    public var year: Int?
    /// The column's heading as typed.
    public var heading: String
    /// The measure's key ("estimate", "labour_force", "coverage_pct", "growth_pct"…).
    public var measure: String
    /// The figure the table states.
    public var stated: ShownNumber
    /// What the table's own numbers give; nil when the right figure is none at all.
    public var computed: Decimal?
    /// Digits after the decimal mark worth showing for `computed`.
    public var computedPlaces: Int
    /// What the numbers give, in words, with the figures in Vietnamese style.
    public var explanation: String {
        get { String(decoding: explanationBytes, as: UTF8.self) }
        set { explanationBytes = Array(newValue.utf8) }
    }
    /// `explanation` as UTF-8, as the checks write it and the text report copies it: no `String`
    /// made and checked per finding (a table of 100.000 rows can have hundreds of thousands).
    private(set) var explanationBytes: [UInt8]

    /// Creates a finding.
    public init(kind: Kind, severity: Severity, path: String, line: Int, column: Int, unit: String, year: Int?,
                heading: String, measure: String, stated: ShownNumber, computed: Decimal?, computedPlaces: Int,
                explanation: String) {
        self.kind = kind
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.unit = unit
        self.year = year
        self.heading = heading
        self.measure = measure
        self.stated = stated
        self.computed = computed
        self.computedPlaces = computedPlaces
        explanationBytes = Array(explanation.utf8)
    }

    /// Creates a finding about the cell of `row` in `column` of `table`.
    init(_ kind: Kind, _ severity: Severity, table: AuditTable, row: AuditRow, column: AuditColumn, stated: ShownNumber,
         computed: Decimal?, computedPlaces: Int, explanation: ExplanationText) {
        self.kind = kind
        self.severity = severity
        path = table.path
        line = row.line
        self.column = column.index + 1
        unit = row.label
        year = column.year
        heading = column.heading
        measure = column.measure
        self.stated = stated
        self.computed = computed
        self.computedPlaces = computedPlaces
        explanationBytes = explanation.bytes
    }

    /// The findings of `groups`, one group after the other, in file order — line, then column,
    /// then kind (by its name) — findings of one cell and kind in the order given. Sorted by their
    /// keys, so that each finding is copied once, straight from its group (a table of 100.000 rows
    /// can have hundreds of thousands).
    static func inFileOrder(_ groups: [[AuditFinding]]) -> [AuditFinding] {
        var keys: [(line: Int, column: Int, kind: Int, group: Int, index: Int)] = []
        keys.reserveCapacity(groups.reduce(0) { $0 + $1.count })
        for (group, findings) in groups.enumerated() {
            for index in findings.indices {
                keys.append((findings[index].line, findings[index].column, kindRanks[findings[index].kind] ?? 0, group, index))
            }
        }
        return keys.sorted { $0 < $1 }.map { groups[$0.group][$0.index] }
    }

    /// Each kind's place when the kinds are sorted by name.
    private static let kindRanks: [Kind: Int] = Dictionary(
        uniqueKeysWithValues: Kind.allCases.sorted { $0.rawValue < $1.rawValue }.enumerated().map { ($1, $0) })
}
