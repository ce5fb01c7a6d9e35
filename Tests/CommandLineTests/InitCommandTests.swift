import Foundation
import Testing
@testable import bhxh_report

/// `bhxh-report init DIR --province CODE|NAME`: by code, by name without accents, a name that
/// fits several provinces or none, and `validate` on what it wrote.
@Suite struct InitCommandTests {
    func scratch() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("bhxh-init-cli-\(UUID().uuidString)")
    }

    func units(_ folder: URL) -> [String] {
        let text = (try? String(contentsOf: folder.appendingPathComponent("units.csv"), encoding: .utf8)) ?? ""
        return text.split(separator: "\r\n").map(String.init)
    }

    @Test func byCodeThenValidateExitsZero() {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (status, console) = run(["init", folder.path, "--province", "20"])
        #expect(status == 0)
        #expect(console.messages == ["Wrote 5 files for Tỉnh Lạng Sơn (20) to \(folder.path)/; read \(folder.path)/README.md for what to fill in, then: bhxh-report validate --input \(folder.path)"])
        #expect(units(folder).count == 68)
        let validated = run(["validate", "--input", folder.path])
        #expect(validated.status == 0)
        #expect(validated.console.messages.last == "\(folder.path)/ is valid: 1 plan and 0 reports computed.")
    }

    @Test func byNameWithoutAccentsOrCase() {
        for name in ["lang son", "LẠNG SƠN", "Tinh Lang Son"] {
            let folder = scratch()
            defer { try? FileManager.default.removeItem(at: folder) }
            #expect(run(["init", folder.path, "--province", name]).status == 0, "\(name)")
            #expect(units(folder).dropFirst().first == "20,Tỉnh Lạng Sơn,province,", "\(name)")
        }
    }

    @Test func aNameOfSeveralProvincesOrOfNoneExitsTwoWithTheClosestNames() {
        let folder = scratch()
        let ambiguous = run(["init", folder.path, "--province", "son"])
        #expect(ambiguous.status == 2)
        #expect(ambiguous.console.messages.first == "bhxh-report: error: \"son\" fits several provinces: Tỉnh Sơn La (14) or Tỉnh Lạng Sơn (20); give the name in full or the code")
        let unknown = run(["init", folder.path, "--province", "Lang Sonn"])
        #expect(unknown.status == 2)
        #expect(unknown.console.messages.first?.hasPrefix("bhxh-report: error: no province is called \"Lang Sonn\"; the closest are Tỉnh Lạng Sơn (20), ") == true)
        // A huge name is refused at once, not compared with every province letter by letter.
        let huge = run(["init", folder.path, "--province", String(repeating: "x", count: 1_000_000)])
        #expect(huge.status == 2)
        #expect(huge.console.messages.first?.hasSuffix("…\" (the 34 provinces and their codes are in docs/INPUT.md)") == true)
        #expect(!FileManager.default.fileExists(atPath: folder.path), "nothing written")
    }

    @Test func missingArgumentsAndANonEmptyFolderAreRefused() throws {
        #expect(run(["init", "--province", "20"]).status == 2)
        let folder = scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(run(["init", folder.path]).status == 2)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        #expect(run(["init", folder.path, "--province", "20"]).status == 2)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("notes.txt").path))
        #expect(run(["init", folder.path, "--province", "20", "--force"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("notes.txt").path))
        #expect(run(["init", ".", "--province", "20", "--force"]).status == 2)
    }
}
