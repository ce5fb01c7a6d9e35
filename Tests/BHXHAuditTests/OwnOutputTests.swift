import BHXHAudit
import BHXHBuild
import BHXHOutput
import Foundation
import Testing

/// Our own appendix tables, built from the shipped example in each CSV dialect, audit clean —
/// also the one whose plan carries unrounded targets, since tables show whole people that add up.
@Suite struct OwnOutputTests {
    /// Builds a copy of the shipped `input/` in `dialect` and returns the appendix tables of its
    /// plan; with `sideBySide`, the plan gains a fourth appendix setting its three schemes side by
    /// side, and Phụ lục 2 hides its labour force and heads its columns as seed 002 does.
    func builtTables(_ dialect: CSVDialect, sideBySide: Bool = false) throws -> [Audit.Input] {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bhxh-audit-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let input = root.appendingPathComponent("input")
        try FileManager.default.copyItem(at: Fixtures.repository.appendingPathComponent("input"), to: input)
        if sideBySide {
            let plan = input.appendingPathComponent("plans/bac-kan-2019-2020.json")
            let json = try String(contentsOf: plan, encoding: .utf8).replacingOccurrences(of: "\"appendices\": [", with: """
                "appendices": [{"number": 4, "title": "BIỂU CHI TIẾT", "schemes": ["bhxh_bb", "bhxh_tn", "bhtn"]},
                """).replacingOccurrences(of: "\"scheme\": \"bhtn\",", with: """
                "scheme": "bhtn", "columns": {"hide": ["denominator"], "headings": {"coverage": "% so với LLLĐ trong độ tuổi", "growth": "Tốc độ phát triển (%)"}},
                """)
            try Data(json.utf8).write(to: plan)
        }
        let output = root.appendingPathComponent("output")
        let outcome = Pipeline.build(BuildRequest(input: input, inputDisplayPath: "input", output: output,
                                                  csvDialect: dialect))
        #expect(outcome.failure == nil)
        return try (1...(sideBySide ? 4 : 3)).map { number in
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

    /// The side-by-side table reads back as one participants, target and growth column per
    /// scheme and year, each growth paired with its own scheme's columns: clean as built, and a
    /// target changed by hand is found.
    @Test(arguments: CSVDialect.allCases)
    func aSideBySideTableAuditsClean(dialect: CSVDialect) throws {
        let tables = try builtTables(dialect, sideBySide: true)
        let report = Audit.run(tables)
        #expect(report.isClean, "\(report.files.flatMap(\.findings))")
        let laidOut = try #require(report.files[1].table)
        #expect(laidOut.columns.map(\.measure) == ["row_number", "name", "actual_through_08", "estimate", "coverage_pct",
                                                   "target", "coverage_pct", "growth_pct", "target", "coverage_pct", "growth_pct"])
        let table = try #require(report.files.last?.table)
        #expect(table.columns.map(\.measure) == ["row_number", "name"] + Array(repeating: ["estimate", "target", "growth_pct", "target", "growth_pct"], count: 3).flatMap { $0 })
        #expect(table.columns.map(\.year) == [nil, nil] + Array(repeating: [2018, 2019, 2019, 2020, 2020], count: 3).flatMap { $0 })
        #expect(table.rows.map(\.kind) == Array(repeating: .unit, count: 8) + [.agency, .total])

        // BHTN 2019 of Thành phố Bắc Kạn typed as 3.851 instead of 3.751: the total, both growths
        // around it and Phụ lục 2 disagree with it.
        var last = tables[3]
        let text = String(decoding: last.bytes, as: UTF8.self)
        let separator = dialect == .rfc4180 ? "," : ";"
        let changed = text.replacingOccurrences(of: "\(separator)3696\(separator)3751\(separator)", with: "\(separator)3696\(separator)3851\(separator)")
            .replacingOccurrences(of: "\(separator)3.696\(separator)3.751\(separator)", with: "\(separator)3.696\(separator)3.851\(separator)")
        #expect(changed != text)
        last.bytes = Array(changed.utf8)
        let findings = Audit.run(Array(tables.prefix(3)) + [last]).files.flatMap(\.findings)
        #expect(Set(findings.map(\.kind)).isSuperset(of: [.totalMismatch, .growthMismatch]), "\(findings)")
    }
}
