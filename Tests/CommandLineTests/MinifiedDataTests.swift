import Foundation
import Testing
@testable import bhxh_report

/// `render` takes any JSON: a list written without spaces is a list, not a decimal comma (issue 11).
@Suite struct MinifiedDataTests {
    @Test func aMinifiedListIsRendered() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bhxh-minified-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("{{#.}}{{.}};{{/.}}".utf8).write(to: dir.appendingPathComponent("list.txt.mustache"))
        try Data("[1,2]".utf8).write(to: dir.appendingPathComponent("data.json"))
        let (status, console) = run(["render", dir.appendingPathComponent("list.txt.mustache").path,
                                     "--data", dir.appendingPathComponent("data.json").path])
        #expect(status == 0, "\(console.messages)")
        #expect(console.standardOutput == "1;2;")
    }
}
