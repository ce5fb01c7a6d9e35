import Foundation
import Testing
@testable import BHXHOutput

@Suite struct OutputStagingTests {
    private func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("staging-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func filesInNestedFoldersAreSwappedIn() throws {
        let parent = try scratch()
        defer { try? FileManager.default.removeItem(at: parent) }
        let destination = parent.appendingPathComponent("out")
        let staging = try OutputStaging(destination: destination, keepsMarker: false)
        try staging.write(Array("một".utf8), to: "plans/a/index.html")
        try staging.write(Array("hai".utf8), to: "plans/a/figures.csv")
        try staging.write(Array("ba".utf8), to: "README.md")
        try staging.write(Array("bốn".utf8), to: "README.md")
        try staging.commit()
        let read = { (path: String) in try String(contentsOf: destination.appendingPathComponent(path), encoding: .utf8) }
        #expect(try read("plans/a/index.html") == "một")
        #expect(try read("plans/a/figures.csv") == "hai")
        #expect(try read("README.md") == "bốn")
        let top = try FileManager.default.contentsOfDirectory(atPath: destination.path).sorted()
        #expect(top == ["README.md", "plans"])
    }

    @Test func aFileInTheWayOfAFolderIsAnErrorNamingThePath() throws {
        let parent = try scratch()
        defer { try? FileManager.default.removeItem(at: parent) }
        let destination = parent.appendingPathComponent("out")
        let staging = try OutputStaging(destination: destination)
        defer { staging.discard() }
        try staging.write(Array("x".utf8), to: "units/a.html")
        #expect(throws: PublishError.self) { try staging.write(Array("y".utf8), to: "units/a.html/b.html") }
        do {
            try staging.write(Array("y".utf8), to: "units/a.html/b.html")
        } catch {
            #expect(error.description.hasPrefix("units/a.html/b.html: cannot be written ("))
        }
        #expect(throws: PublishError.self) { try staging.write([], to: "../escape.html") }
        #expect(!FileManager.default.fileExists(atPath: parent.appendingPathComponent("escape.html").path))
    }
}
