import Foundation
import Testing
@testable import bhxh_report

@Suite struct BuildCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func validateChecksWithoutWriting() {
        let input = Self.repository.appendingPathComponent("input").path
        let (status, console) = run(["validate", "--input", input])
        #expect(status == 0)
        #expect(console.messages == ["\(input)/ is valid: 1 plan and 1 report computed."])
    }

    @Test func buildReportsProgressAndASummaryOrNothingWhenQuiet() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("bhxh-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let input = Self.repository.appendingPathComponent("input").path
        let (status, console) = run(["build", "--input", input, "--output", output.path])
        #expect(status == 0)
        #expect(console.messages.first == "plan bac-kan-2019-2020: 3 appendices, 9 units")
        #expect(console.messages.last?.hasPrefix("Built 1 plan and 1 report: ") == true)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
        let quiet = run(["--input", input, "--output", output.path, "--quiet"])
        #expect(quiet.status == 0 && quiet.console.messages.isEmpty)
    }

    @Test func inputErrorsExitOneAndSayTheOutputIsUnchanged() {
        let (status, console) = run(["build", "--input", "/nonexistent/folder", "--output", "/nonexistent/out"])
        #expect(status == 1)
        #expect(console.messages == [
            "/nonexistent/folder: error: the project folder does not exist (give one with --input DIR)",
            "1 error found.",
            "Nothing was written; /nonexistent/out/ is unchanged.",
        ])
    }
}

extension BuildCommandTests {
    @Test func anUnknownFormatExitsTwoNamingTheKnownOnes() {
        let (status, console) = run(["build", "--formats", "html,pdf", "--output", "/nonexistent/out"])
        #expect(status == 2)
        #expect(console.messages.first == "bhxh-report: error: unknown format \"pdf\" in --formats; the formats are html, md, csv, docx and xlsx, separated by commas")
    }
}
