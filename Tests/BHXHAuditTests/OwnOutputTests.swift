import BHXHAudit
import BHXHBuild
import BHXHOutput
import Foundation
import Testing

/// Our own appendix tables, built from the shipped example in each CSV dialect, audit clean —
/// except where the plan carries unrounded targets, which audit says and `--unrounded` accepts.
@Suite struct OwnOutputTests {
    /// Builds a copy of the shipped `input/` in `dialect` and returns the appendix tables of its plan.
    func builtTables(_ dialect: CSVDialect) throws -> [Audit.Input] {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bhxh-audit-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let input = root.appendingPathComponent("input")
        try FileManager.default.copyItem(at: Fixtures.repository.appendingPathComponent("input"), to: input)
        let output = root.appendingPathComponent("output")
        let outcome = Pipeline.build(BuildRequest(input: input, inputDisplayPath: "input", output: output,
                                                  options: OutputOptions(csvDialect: dialect), strict: false))
        #expect(outcome.failure == nil)
        return try (1...3).map { number in
            let name = "phu-luc-\(number).csv"
            let url = output.appendingPathComponent("plans/bac-kan-2019-2020/\(name)")
            return Audit.Input(path: name, bytes: [UInt8](try Data(contentsOf: url)))
        }
    }

    @Test(arguments: CSVDialect.allCases)
    func ourRoundedTablesAuditCleanAndUnroundedOnesWithTheOption(dialect: CSVDialect) throws {
        let tables = try builtTables(dialect)
        let report = Audit.run(tables)
        #expect(report.problems.isEmpty)
        #expect(report.files.map { $0.table?.rows.count } == [10, 10, 10])
        // Phụ lục 1 and 2 carry rounded targets: every figure agrees with the others.
        #expect(report.files[0].findings.isEmpty && report.files[1].findings.isEmpty)
        // Phụ lục 3 carries unrounded targets ("carry": "exact", as seed 000 does): its total of
        // 2019 is the rounded sum of 218,75 + 181,25 + …, one more than the rows as shown, and Ba Bể's
        // 35% grows 101,25 → 136,6875, shown as 101 → 137.
        #expect(Fixtures.csvRows(report.files[2].findings) == [
            "phu-luc-3.csv,11,Huyện Ba Bể,2020,growth_pct,35,35.64,growth_mismatch",
            "phu-luc-3.csv,15,Toàn tỉnh,2019,target,1369,1368,total_mismatch",
        ])
        #expect(report.files[2].findings.allSatisfy { $0.severity == .rounding })
        #expect(report.files[2].cleanWithUnroundedCounts)
        #expect(Audit.run(tables, options: AuditOptions(unroundedCounts: true)).isClean)
    }

    @Test func ourColumnsAreRecognised() throws {
        let table = try #require(Audit.run(try builtTables(.rfc4180)).files.first?.table)
        #expect(table.columns.map(\.measure) == [
            "row_number", "name", "actual_through_08", "estimate", "labour_force", "coverage_pct",
            "target", "labour_force", "coverage_pct", "growth_pct", "target", "labour_force", "coverage_pct", "growth_pct",
        ])
        #expect(table.columns.map(\.year) == [nil, nil, 2018, 2018, 2018, 2018, 2019, 2019, 2019, 2019, 2020, 2020, 2020, 2020])
        #expect(table.columns[9].comparedYear == 2018)
        #expect(table.rows.map(\.kind) == Array(repeating: .unit, count: 8) + [.agency, .total])
    }
}
