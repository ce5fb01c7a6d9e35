import BHXHCore

/// Re-checks appendix tables typed by hand: reads each file, checks each table on its own
/// (totals, coverage, sums of percentages, growth, agency rows) and the tables against each other
/// (labour force across tables of one plan). See docs/AUDIT.md.
public enum Audit {
    /// One file to audit: its name as the user gave it, and its bytes.
    public struct Input: Sendable {
        /// The file as the user named it, for locations.
        public var path: String
        /// The file's bytes.
        public var bytes: [UInt8]

        /// Creates an input.
        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }
    }

    /// Audits `inputs` together: tables given at once are taken as tables of one plan.
    public static func run(_ inputs: [Input], options: AuditOptions = AuditOptions()) -> AuditReport {
        let readings = inputs.map { AuditTableReader.read($0.bytes, path: $0.path) }
        let tables = readings.compactMap(\.table)
        let across = CrossTableCheck.findings(in: tables)
        let files = zip(inputs, readings).map { input, reading in
            guard let table = reading.table else {
                return AuditReport.FileResult(path: input.path, table: nil, problems: reading.problems, findings: [],
                                              cleanWithUnroundedCounts: false)
            }
            let own = findings(in: table, options: options)
            let compared = across.filter { $0.path == input.path }
            let relaxed = own.contains { !$0.isEmpty } && compared.isEmpty && !options.unroundedCounts
                && !own.contains { $0.contains { isUnchangedByUnroundedCounts($0, in: table) } }
                && isClean(table, options: AuditOptions(unroundedCounts: true))
            let all = AuditFinding.inFileOrder(own + [compared])
            return AuditReport.FileResult(path: input.path, table: table, problems: reading.problems, findings: all,
                                          cleanWithUnroundedCounts: relaxed)
        }
        return AuditReport(files: files)
    }

    /// The checks of one table on its own, in the order their findings are listed.
    private static let checks: [@Sendable (AuditTable, AuditOptions) -> [AuditFinding]] = [
        TotalCheck.findings, CoverageCheck.findings, GrowthCheck.findings, { table, _ in AgencyCheck.findings(in: table) },
    ]

    /// The findings of one table on its own, check by check: the checks run side by side on all
    /// cores, their findings in the checks' order.
    static func findings(in table: AuditTable, options: AuditOptions) -> [[AuditFinding]] {
        checks.concurrentMap { $0(table, options) }
    }

    /// True when `finding` is found the same whether or not the counts are taken as rounded from
    /// unrounded values (`AuditOptions.unroundedCounts` widens participants only): the total of a
    /// column of other figures (a labour force), or an agency row's figure. The table then cannot
    /// be clean with unrounded counts, and is not checked again to find out.
    private static func isUnchangedByUnroundedCounts(_ finding: AuditFinding, in table: AuditTable) -> Bool {
        switch finding.kind {
        case .agencyHasLabourForce: true
        case .totalMismatch: table.columns.first { $0.index == finding.column - 1 }.map { !$0.isParticipants } ?? false
        default: false
        }
    }

    /// True when one table on its own has no findings; stops at the first check that has one.
    static func isClean(_ table: AuditTable, options: AuditOptions) -> Bool {
        checks.allSatisfy { $0(table, options).isEmpty }
    }
}
