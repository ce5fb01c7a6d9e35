import BHXHBuild
import BHXHCore
import Foundation
import Testing

/// A scratch copy of a project folder and an output folder beside it, removed when done.
struct ProjectFolder {
    /// The repository's root, found from this file's place.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The scratch folder holding `input/` and `output/`.
    let root: URL
    var input: URL { root.appendingPathComponent("input") }
    var output: URL { root.appendingPathComponent("output") }

    /// Copies a project folder of the repository (by default the shipped example `input/`) into
    /// a new scratch folder as its `input/`.
    init(copying projectPath: String = "input") throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("bhxh-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent(projectPath), to: input)
    }

    /// A copy of the shipped example whose `data/`, `plans/` and `reports/` are empty, for a test
    /// to write a small project of its own into.
    static func withoutFigures() throws -> ProjectFolder {
        let folder = try ProjectFolder()
        for name in ["data", "plans", "reports"] {
            try FileManager.default.removeItem(at: folder.input.appendingPathComponent(name))
            try FileManager.default.createDirectory(at: folder.input.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        return folder
    }

    /// Replaces a file of the project with `text`.
    func write(_ text: String, to relativePath: String) throws {
        try Data(text.utf8).write(to: input.appendingPathComponent(relativePath))
    }

    /// Writes `plans/<id>.json`, a plan over `area` with one appendix of compulsory insurance whose
    /// target is `target` (a JSON object), and `reports/<id>.json`, its report for the last of
    /// `years`; both issued under `document` (the JSON of a "document" object).
    func writeOneAppendixPlan(id: String, area: String, baseYear: Int, years: [Int], target: String, document: String) throws {
        try write("""
        {"document": \(document), "area": "\(area)", "base": {"year": \(baseYear)}, "years": \(years),
         "appendices": [{"number": 1, "scheme": "bhxh_bb", "title": "BHXH BẮT BUỘC", "target": \(target)}]}
        """, to: "plans/\(id).json")
        try write("{\"document\": \(document), \"plan\": \"\(id)\", \"year\": \(years.last ?? baseYear)}", to: "reports/\(id).json")
    }

    /// Builds the project into the output folder (RFC 4180 CSV), expecting it to succeed; its
    /// output files with the build's diagnostics.
    func build(strict: Bool) throws -> (files: [String: Data], diagnostics: [Diagnostic]) {
        let outcome = Pipeline.build(BuildRequest(input: input, inputDisplayPath: "input", output: output,
                                                  csvDialect: .rfc4180, strict: strict))
        #expect(outcome.failure == nil)
        return (try outputFiles(), outcome.diagnostics)
    }

    /// Every file under the output folder, by relative path, with its bytes.
    func outputFiles() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = output.standardizedFileURL.path + "/"
        guard let walker = FileManager.default.enumerator(at: output, includingPropertiesForKeys: nil) else { return [:] }
        for case let url as URL in walker where !url.hasDirectoryPath {
            files[String(url.standardizedFileURL.path.dropFirst(base.count))] = try Data(contentsOf: url)
        }
        return files
    }

    /// The lines of an output file's text.
    static func lines(_ data: Data?) -> [String] {
        String(decoding: data ?? Data(), as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init)
    }

    /// Removes the scratch folder.
    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
