import Foundation
import Testing
@testable import bhxh_report

/// `render --max-output`: a template that would write gigabytes stops with an error naming it.
@Suite struct RenderOutputLimitTests {
    @Test func renderStopsAtMaxOutputAndNamesTheTemplate() throws {
        var files = ["level20.mustache": "0123456789"]
        for level in 0..<20 { files["level\(level).mustache"] = "{{>level\(level + 1)}}{{>level\(level + 1)}}" }
        let dir = try RenderCommandTests().folder(files)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("level0.mustache").path
        let (status, console) = run(["render", path, "--max-output", "100KB"])
        #expect(status == 1)
        #expect(console.standardOutput.isEmpty)
        #expect(console.messages.first?.hasPrefix("\(path): error: the output passed the limit of 100 KB") == true)
        #expect(run(["render", path, "--max-output", "a lot"]).status == 2)
        #expect(run(["render", dir.appendingPathComponent("level19.mustache").path, "--max-output", "20"]).status == 0)
    }
}

/// `build --max-output`: a page past the limit stops the build, naming the template, output untouched.
@Suite struct BuildOutputLimitTests {
    @Test func buildStopsAtMaxOutputAndNamesTheTemplate() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("bhxh-limit-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let input = BuildCommandTests.repository.appendingPathComponent("input").path
        let (status, console) = run(["build", "--input", input, "--output", output.path, "--quiet", "--max-output", "2KB"])
        #expect(status == 1)
        #expect(console.messages.contains { $0.contains(".mustache: error: the output passed the limit of 2 KB") })
        #expect(console.messages.last == "Nothing was written; \(output.path)/ is unchanged.")
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(run(["build", "--input", input, "--output", output.path, "--quiet", "--max-output", "64MB"]).status == 0)
    }
}
