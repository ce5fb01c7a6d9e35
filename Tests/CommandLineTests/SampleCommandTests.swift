import Foundation
import Testing
@testable import bhxh_report

/// `bhxh-report sample --national DIR`: writing the folder, usage mistakes, an existing folder.
@Suite struct SampleCommandTests {
    /// A folder under the temporary directory that does not exist yet.
    func scratch() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("bhxh-sample-cli-\(UUID().uuidString)")
    }

    /// The relative paths of the files under `folder`.
    func paths(in folder: URL) -> Set<String> {
        let base = folder.standardizedFileURL.path + "/"
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        return Set((walker?.allObjects as? [URL] ?? []).filter { !$0.hasDirectoryPath }
            .map { String($0.standardizedFileURL.path.dropFirst(base.count)) })
    }

    /// What `sample --national DIR --seed 7` did in a new folder, since removed.
    struct SeedSevenRun: Sendable {
        /// The folder it wrote into.
        let folder: URL
        /// Its exit status, the lines it wrote to standard error and what it wrote to standard output.
        let status: Int32
        let messages: [String]
        let standardOutput: String
        /// The relative paths of the files written.
        let written: Set<String>
        /// The bytes of units.csv and data/2025.estimate.csv.
        let units: Data?
        let estimate: Data?
    }

    /// The run with seed 7, made once for the tests that read it; a task, so that a test waiting
    /// for it leaves its thread to other tests.
    static let seedSeven = Task.detached {
        let tests = SampleCommandTests()
        let folder = tests.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (status, console) = run(["sample", "--national", folder.path, "--seed", "7"])
        return SeedSevenRun(folder: folder, status: status, messages: console.messages, standardOutput: console.standardOutput,
                            written: tests.paths(in: folder),
                            units: try? Data(contentsOf: folder.appendingPathComponent("units.csv")),
                            estimate: try? Data(contentsOf: folder.appendingPathComponent("data/2025.estimate.csv")))
    }

    @Test func writesTheNationalFolderAndExitsZero() async {
        let seven = await Self.seedSeven.value
        let (folder, written) = (seven.folder, seven.written)
        #expect(seven.status == 0)
        #expect(seven.messages.count == 1)
        #expect(seven.messages.first?.hasPrefix("Wrote 152 files (") == true)
        #expect(seven.messages.first?.hasSuffix("to \(folder.path)/; build it with: bhxh-report build --input \(folder.path) --output \(folder.path)-output") == true)
        #expect(written.count == 152)
        #expect(written.contains("units.csv") && written.contains("data/2025-09.csv") && written.contains("data/2026.estimate.csv"))
        #expect(written.contains("history/units.csv") && written.contains("history/crosswalk.csv") && written.contains("history/data/2024.csv"))
        #expect(written.filter { $0.hasPrefix("plans/") && $0.hasSuffix(".json") }.count == 34)
        #expect(written.filter { $0.hasPrefix("reports/") && $0.hasSuffix(".json") }.count == 34)
        #expect(seven.standardOutput.isEmpty)
    }

    /// Seed 8 at scale 2 against the shared run with seed 7 at scale 1.
    @Test func theSeedAndTheScaleReachTheFiles() async throws {
        let seven = await Self.seedSeven.value
        #expect(seven.status == 0)
        let folder = scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(run(["sample", "--national", folder.path, "--seed", "8", "--scale", "2"]).status == 0)
        let units = [try #require(seven.units), try Data(contentsOf: folder.appendingPathComponent("units.csv"))]
        let lines = units.map { $0.split(separator: UInt8(ascii: "\n")).count }
        #expect(lines[1] == lines[0] + 3_321, "twice the communes, the same provinces and agencies")
        let data = [try #require(seven.estimate), try Data(contentsOf: folder.appendingPathComponent("data/2025.estimate.csv"))]
        let figures = data.map { Array($0.split(separator: UInt8(ascii: "\n")).dropFirst().prefix(50)) }
        #expect(figures[0] != figures[1], "another seed, other figures")
    }

    @Test func aMissingFolderExitsTwo() {
        let (status, console) = run(["sample"])
        #expect(status == 2)
        #expect(console.messages.first == "bhxh-report: error: say where to write the sample: --national DIR")
    }

    @Test(arguments: ["0", "65", "two", "-1", "1.5"])
    func aBadScaleExitsTwoAndWritesNothing(scale: String) {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (status, console) = run(["sample", "--national", folder.path, "--scale", scale])
        #expect(status == 2)
        #expect(console.messages.first == "bhxh-report: error: --scale must be a whole number from 1 to 64, not \"\(scale)\"")
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func aBadSeedExitsTwo() {
        let (status, console) = run(["sample", "--national", scratch().path, "--seed", "abc"])
        #expect(status == 2)
        #expect(console.messages.first?.hasPrefix("bhxh-report: error: --seed must be a whole number") == true)
    }

    @Test func anExistingFolderIsLeftAloneWithoutForceAndReplacedWithIt() throws {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let notes = folder.appendingPathComponent("notes.txt")
        try Data("my own notes".utf8).write(to: notes)

        let (status, console) = run(["sample", "--national", folder.path])
        #expect(status == 2)
        #expect(console.messages.first?.hasPrefix("bhxh-report: error: \(folder.path) already exists and is not empty") == true)
        #expect(console.messages.first?.contains("--force") == true)
        #expect(paths(in: folder) == ["notes.txt"])
        #expect(try Data(contentsOf: notes) == Data("my own notes".utf8))

        let forced = run(["sample", "--national", folder.path, "--force"])
        #expect(forced.status == 0)
        let written = paths(in: folder)
        #expect(written.count == 152 && !written.contains("notes.txt"))
    }
}
