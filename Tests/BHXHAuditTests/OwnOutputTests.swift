import BHXHAudit
import BHXHBuild
import BHXHOutput
import Foundation
import Testing

/// Our own appendix tables, built from the shipped example in each CSV dialect, audit clean —
/// also the one whose plan carries unrounded targets, since tables show whole people that add up.
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
                                                  csvDialect: dialect))
        #expect(outcome.failure == nil)
        return try (1...3).map { number in
            let name = "phu-luc-\(number).csv"
            let url = output.appendingPathComponent("plans/bac-kan-2019-2020/\(name)")
            return Audit.Input(path: name, bytes: [UInt8](try Data(contentsOf: url)))
        }
    }

    @Test(arguments: CSVDialect.allCases)
    func ourTablesAuditClean(dialect: CSVDialect) throws {
        let tables = try builtTables(dialect)
        let report = Audit.run(tables)
        #expect(report.problems.isEmpty)
        #expect(report.files.map { $0.table?.rows.count } == [10, 10, 10])
        // Every figure agrees with the others, Phụ lục 3 too, although its plan carries unrounded
        // targets ("carry": "exact", as seed 000 does): the table shows whole people that add up.
        #expect(report.files.map(\.findings.count) == [0, 0, 0], "\(report.files.flatMap(\.findings))")
        #expect(report.isClean)
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
