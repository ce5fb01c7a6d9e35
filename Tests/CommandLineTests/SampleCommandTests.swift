import Foundation
import SharedFixture
import Testing
@testable import bhxh_report

/// `bhxh-report sample --national DIR`: writing the folder, usage mistakes, an existing folder.
@Suite(.serialized) struct SampleCommandTests {
    /// A folder under the temporary directory that does not exist yet.
    static func scratch() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("bhxh-sample-cli-\(UUID().uuidString)")
    }

    /// The relative paths of the files under `folder`.
    static func paths(in folder: URL) -> Set<String> {
        let base = folder.standardizedFileURL.path + "/"
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        return Set((walker?.allObjects as? [URL] ?? []).filter { !$0.hasDirectoryPath }
            .map { String($0.standardizedFileURL.path.dropFirst(base.count)) })
    }

    /// What one `sample --national DIR …` did in a scratch folder, since removed.
    struct SampleRun: Sendable {
        /// The folder it wrote into.
        let folder: URL
        /// Its exit status, the lines it wrote to standard error and what it wrote to standard output.
        let status: Int32
        let messages: [String]
        let standardOutput: String
        /// The relative paths of the files in the folder afterwards.
        let written: Set<String>
        /// The bytes of its units.csv and data/2025.estimate.csv.
        let units: Data?
        let estimate: Data?

        /// Runs `sample --national <scratch folder>` with `options`; with `notes`, into a folder
        /// that already holds a notes.txt saying so.
        init(_ options: [String], notes: String? = nil) {
            folder = SampleCommandTests.scratch()
            defer { try? FileManager.default.removeItem(at: folder) }
            if let notes {
                try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try? Data(notes.utf8).write(to: folder.appendingPathComponent("notes.txt"))
            }
            let (status, console) = run(["sample", "--national", folder.path] + options)
            (self.status, messages, standardOutput) = (status, console.messages, console.standardOutput)
            written = SampleCommandTests.paths(in: folder)
            units = try? Data(contentsOf: folder.appendingPathComponent("units.csv"))
            estimate = try? Data(contentsOf: folder.appendingPathComponent("data/2025.estimate.csv"))
        }
    }

    // Two runs of the whole country, each made once for the tests that read it.
    /// Seed 7 into a new folder.
    static let seedSeven = SharedFixture { SampleRun(["--seed", "7"]) }
    /// Seed 8 at scale 2, forced over a folder holding notes of its own.
    static let forcedSeedEightScaleTwo = SharedFixture { SampleRun(["--force", "--seed", "8", "--scale", "2"], notes: "my own notes") }

    @Test func writesTheNationalFolderAndExitsZero() async {
        let seven = await Self.seedSeven.value()
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

    /// The run with seed 8 at scale 2 against the one with seed 7 at scale 1.
    @Test func theSeedAndTheScaleReachTheFiles() async throws {
        let runs = [await Self.seedSeven.value(), await Self.forcedSeedEightScaleTwo.value()]
        #expect(runs.map(\.status) == [0, 0])
        let units = try runs.map { try #require($0.units) }
        let lines = units.map { $0.split(separator: UInt8(ascii: "\n")).count }
        #expect(lines[1] == lines[0] + 3_321, "twice the communes, the same provinces and agencies")
        let data = try runs.map { try #require($0.estimate) }
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
        let folder = Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (status, console) = run(["sample", "--national", folder.path, "--scale", scale])
        #expect(status == 2)
        #expect(console.messages.first == "bhxh-report: error: --scale must be a whole number from 1 to 64, not \"\(scale)\"")
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func aBadSeedExitsTwo() {
        let (status, console) = run(["sample", "--national", Self.scratch().path, "--seed", "abc"])
        #expect(status == 2)
        #expect(console.messages.first?.hasPrefix("bhxh-report: error: --seed must be a whole number") == true)
    }

    @Test func anExistingFolderIsLeftAloneWithoutForceAndReplacedWithIt() async throws {
        let folder = Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let notes = folder.appendingPathComponent("notes.txt")
        try Data("my own notes".utf8).write(to: notes)

        let (status, console) = run(["sample", "--national", folder.path])
        #expect(status == 2)
        #expect(console.messages.first?.hasPrefix("bhxh-report: error: \(folder.path) already exists and is not empty") == true)
        #expect(console.messages.first?.contains("--force") == true)
        #expect(Self.paths(in: folder) == ["notes.txt"])
        #expect(try Data(contentsOf: notes) == Data("my own notes".utf8))

        // The same folder with --force: the shared forced run, in a folder of its own.
        let forced = await Self.forcedSeedEightScaleTwo.value()
        #expect(forced.status == 0)
        #expect(forced.written.count == 152 && !forced.written.contains("notes.txt"))
    }
}
