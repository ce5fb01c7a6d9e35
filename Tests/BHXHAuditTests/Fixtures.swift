import BHXHAudit
import DelimitedText
import Foundation

/// The seed-000 tables and other files the tests audit.
enum Fixtures {
    /// The repository's root, found from this file's place.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The bytes of a file under Tests/Fixtures.
    static func bytes(_ relativePath: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: repository.appendingPathComponent("Tests/Fixtures/\(relativePath)")))
    }

    /// Phụ lục `number` of seed 000 as published, named "phu-luc-N.csv".
    static func seedTable(_ number: Int) throws -> Audit.Input {
        Audit.Input(path: "phu-luc-\(number).csv", bytes: try bytes("seed000/phu-luc-\(number).csv"))
    }

    /// The three seed-000 tables, given together.
    static func seedTables() throws -> [Audit.Input] {
        try (1...3).map(seedTable)
    }

    /// A table typed as text (UTF-8, no byte order mark).
    static func table(_ text: String, path: String = "table.csv") -> Audit.Input {
        Audit.Input(path: path, bytes: Array(text.utf8))
    }

    /// The findings of `inputs` as the CSV rows audit prints (without the header).
    static func csvRows(_ inputs: [Audit.Input], options: AuditOptions = AuditOptions()) -> [String] {
        csvRows(Audit.run(inputs, options: options).findings)
    }

    /// `findings` as the CSV rows audit prints (without the header).
    static func csvRows(_ findings: [AuditFinding]) -> [String] {
        let text = String(decoding: FindingsCSV.bytes(findings, byteOrderMark: false), as: UTF8.self)
        return Array(text.split(separator: "\r\n").map(String.init).dropFirst())
    }
}
