import BHXHBuild
import BHXHCore
import BHXHOutput
import DelimitedText
import Foundation
import SharedFixture
import Testing
import VietnameseFormat

/// One of the seed project folders of `Tests/Fixtures/seeds/`, built into a scratch output
/// folder: the diagnostics, the computed appendix tables and the tidy `figures.csv`, read back.
struct SeedBuild: Sendable {
    /// The seed's short name, its folder under `Tests/Fixtures/seeds/`.
    let name: String
    /// What the build said and wrote.
    let outcome: BuildOutcome
    /// Every file written, by path relative to the output folder.
    let files: [String: Data]
    /// The computed plans (from the same input, checked without writing).
    let figures: ProjectFigures?

    /// Builds `Tests/Fixtures/seeds/<name>`.
    init(_ name: String) throws {
        self.name = name
        let folder = try ProjectFolder(copying: "Tests/Fixtures/seeds/\(name)")
        defer { folder.remove() }
        outcome = Pipeline.build(BuildRequest(input: folder.input, inputDisplayPath: name, output: folder.output,
                                              csvDialect: .rfc4180, strict: false))
        files = try folder.outputFiles()
        figures = Pipeline.check(input: folder.input, displayPath: name, strict: false).0
    }

    /// Every seed of `SeedPlansTests.seeds`, each built once per test process when a test first
    /// asks for it.
    private static let builds = Dictionary(uniqueKeysWithValues:
        SeedPlansTests.seeds.map { name in (name, SharedFixture { Result { try SeedBuild(name) } }) })

    /// The shared build of seed `name`, one of `SeedPlansTests.seeds`; the tests only read it.
    static func shared(_ name: String) async throws -> SeedBuild {
        try await #require(builds[name], "\(name) is not one of the seeds").value().get()
    }

    /// The build's errors, as printed.
    var errors: [String] { outcome.diagnostics.filter { $0.severity == .error }.map(\.description) }

    /// The build's warnings, as printed.
    var warnings: [String] { outcome.diagnostics.filter { $0.severity == .warning }.map(\.description) }

    /// The computed table of appendix `number` of the seed's (only) plan.
    func table(_ number: Int) throws -> Table {
        let plan = try #require(figures?.plans.first, "\(name) computed no plan")
        let appendix = try #require(plan.appendices.first { $0.appendix.number == number }, "\(name) has no appendix \(number)")
        return appendix.table()
    }

    /// A cell of a computed table as the document prints it ("12.850", "84,95", "-"): the row of
    /// `unit`, the column whose group heading contains `group` and whose heading starts with
    /// `column`.
    func printed(_ appendix: Int, unit: String, group: String, column: String) throws -> String {
        let table = try table(appendix)
        var index = 0
        var found: Int?
        for heading in table.groups {
            for each in heading.columns {
                if found == nil, heading.title?.contains(group) == true, each.title.hasPrefix(column) { found = index }
                index += 1
            }
        }
        let position = try #require(found, "\(name) PL\(appendix) has no column \"\(column)\" under \"\(group)\"")
        let row = try #require(table.rows.first { $0.unitCode == unit }, "\(name) PL\(appendix) has no row \(unit)")
        guard case .number(let value, let decimals) = row.cells[position] else { return "" }
        return value.map { NumberStyle.vietnamese.format($0, decimals: decimals) } ?? "-"
    }

    /// The rows of a CSV file the build wrote.
    func csv(_ path: String) throws -> [[String]] {
        let data = try #require(files[path], "\(name) wrote no \(path)")
        return try DelimitedTextReader.read([UInt8](data)).records.map(\.fields)
    }

    /// The value of one figure of the plan's `figures.csv`
    /// (unit, scheme, year, status, measure), or nil when it has no such row.
    func figure(_ unit: String, _ scheme: String, _ year: Int, _ status: String, _ measure: String) throws -> String? {
        let rows = try csv("plans/\(name)/figures.csv")
        let header = try #require(rows.first)
        let column = { (key: String) in header.firstIndex(of: key) ?? 0 }
        let wanted = [column("unit"): unit, column("scheme"): scheme, column("year"): String(year),
                      column("status"): status, column("measure"): measure]
        let row = rows.dropFirst().first { row in wanted.allSatisfy { row.count > $0.key && row[$0.key] == $0.value } }
        return row.map { $0[column("value")] }
    }

    /// The text of a document the build wrote (Markdown or HTML).
    func text(_ path: String) throws -> String {
        let data = try #require(files[path], "\(name) wrote no \(path)")
        return String(decoding: data, as: UTF8.self)
    }
}
