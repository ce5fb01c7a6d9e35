import Foundation
import Testing
@testable import bhxh_report
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `--output` can never hurt: outputs that would replace the project, the templates, a file or
/// someone's folder are refused before anything is written; one build at a time per output; a
/// killed build's staging folder is removed by the next build.
@Suite struct OutputPathTests {
    /// A scratch folder holding a copy of the shipped project as `p1/`, removed when done.
    struct Scratch {
        let root: URL
        var project: URL { root.appendingPathComponent("p1") }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("bhxh-paths-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: BuildCommandTests.repository.appendingPathComponent("input"), to: project)
        }

        func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

        func write(_ text: String, to relative: String) throws {
            try FileManager.default.createDirectory(at: url(relative).deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url(relative))
        }

        /// Every file and folder under `relative` (hidden ones too) with the bytes of each file.
        func snapshot(_ relative: String = "") -> [String: Data] {
            let base = url(relative).standardizedFileURL.path + "/"
            var entries: [String: Data] = [:]
            let walker = FileManager.default.enumerator(at: url(relative), includingPropertiesForKeys: nil)
            while let item = walker?.nextObject() as? URL {
                entries[String(item.standardizedFileURL.path.dropFirst(base.count))] = (try? Data(contentsOf: item)) ?? Data()
            }
            return entries
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @Test func theProjectFolderIsNeverTheOutput() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let before = scratch.snapshot()
        let p1 = scratch.project.path
        for extra in [[], ["--force"]] {
            let (status, console) = run(["build", "--input", p1, "--output", p1] + extra)
            #expect(status == 2)
            #expect(console.messages == ["bhxh-report: error: \(p1) is the project folder \(p1), which a build would replace; choose another folder, for example \(p1)-output"])
        }
        #expect(scratch.snapshot() == before)
    }

    @Test func aFolderHoldingTheProjectIsNeverTheOutput() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try FileManager.default.createDirectory(at: scratch.url("proj"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: scratch.project, to: scratch.url("proj/input"))
        try scratch.write("my own notes", to: "proj/notes.txt")
        let before = scratch.snapshot()
        let proj = scratch.url("proj").path
        for force in [[], ["--force"]] {
            let (status, console) = run(["build", "--input", proj + "/input", "--output", proj] + force)
            #expect(status == 2)
            #expect(console.messages == ["bhxh-report: error: \(proj) holds the project folder \(proj)/input, which a build would delete with the rest of the folder; choose a folder outside it, for example \(proj)/input-output"])
        }
        #expect(scratch.snapshot() == before)
    }

    @Test(arguments: ["data", "plans", "reports", "data/site", "units.csv", "data/../plans"])
    func noFolderInsideTheProjectIsTheOutput(inside: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let before = scratch.snapshot()
        let p1 = scratch.project.path
        for force in [[], ["--force"]] {
            let (status, console) = run(["build", "--input", p1, "--output", "\(p1)/\(inside)"] + force)
            #expect(status == 2)
            #expect(console.messages == ["bhxh-report: error: \(p1)/\(inside) lies inside the project folder \(p1), whose files the build reads; choose a folder outside it, for example \(p1)-output"])
        }
        #expect(scratch.snapshot() == before)
    }

    @Test func aFolderTheProjectReadsThroughALinkIsNeverTheOutput() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try FileManager.default.moveItem(at: scratch.url("p1/data"), to: scratch.url("shared-data"))
        try FileManager.default.createSymbolicLink(atPath: scratch.url("p1/data").path, withDestinationPath: "../shared-data")
        let before = scratch.snapshot("shared-data")
        let (status, console) = run(["build", "--input", scratch.project.path, "--output", scratch.url("shared-data").path])
        #expect(status == 2)
        #expect(console.messages.first?.contains("that the project folder \(scratch.project.path) reads through a link") == true)
        #expect(scratch.snapshot("shared-data") == before)
    }

    @Test func theTemplatesFolderIsNeverTheOutput() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("<p>{{document.number}}</p>\n", to: "mine/plan.html.mustache")
        let before = scratch.snapshot("mine")
        let mine = scratch.url("mine").path
        for force in [[], ["--force"]] {
            let (status, console) = run(["build", "--input", scratch.project.path, "--templates", mine, "--output", mine] + force)
            #expect(status == 2)
            #expect(console.messages == ["bhxh-report: error: \(mine) is the templates folder \(mine), which a build would replace; choose another folder"])
        }
        #expect(scratch.snapshot("mine") == before)
    }

    @Test func aFileIsNeverReplacedByTheOutput() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("the minutes of the meeting", to: "report.txt")
        let report = scratch.url("report.txt").path
        for force in [[], ["--force"]] {
            let (status, console) = run(["build", "--input", scratch.project.path, "--output", report] + force)
            #expect(status == 2)
            #expect(console.messages == ["bhxh-report: error: \(report) exists and is not a folder; a build writes a whole folder, so give a folder's name, for example \(scratch.url("report").path)"])
        }
        let inside = run(["build", "--input", scratch.project.path, "--output", report + "/site"])
        #expect(inside.status == 2)
        #expect(inside.console.messages == ["bhxh-report: error: \(report)/site goes on past a file, so it cannot name a folder; give the path of a folder"])
        #expect(try String(contentsOf: scratch.url("report.txt"), encoding: .utf8) == "the minutes of the meeting")
    }

    /// `--output .` is resolved against the folder the program runs in, so it runs as its own process.
    @Test func theCurrentFolderIsNeverTheOutput() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("my own notes", to: "work/notes.txt")
        let before = scratch.snapshot("work")
        for output in [".", "./", "../work", ".."] {
            for force in [[], ["--force"]] {
                let (status, errors) = try runProgram(["build", "--input", scratch.project.path, "--output", output] + force,
                                                     in: scratch.url("work"))
                #expect(status == 2, "--output \(output)")
                #expect(errors.hasPrefix("bhxh-report: error: \(output) "), "\(errors)")
                #expect(errors.contains("the folder you are working in") || errors.contains("holds the project folder"), "\(errors)")
            }
        }
        #expect(scratch.snapshot("work") == before)
    }

    @Test func anEmptyOutputNameIsAUsageMistake() {
        // A project that does not exist, so that without the check nothing is built into the current folder.
        let (status, console) = run(["build", "--input", "/nonexistent/project", "--output", ""])
        #expect(status == 2)
        #expect(console.messages.first == "bhxh-report: error: --output needs the name of a folder")
    }

    @Test func aFolderNoBuildWroteIsReplacedOnlyWithForce() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("my own notes", to: "site/notes.txt")
        let site = scratch.url("site").path
        let (status, console) = run(["build", "--input", scratch.project.path, "--output", site, "--quiet"])
        #expect(status == 2)
        #expect(console.messages == ["bhxh-report: error: \(site) already exists and is not empty and no build wrote it (it holds notes.txt); it would be replaced as a whole, so choose a new or empty folder, or add --force to replace it"])
        #expect(scratch.snapshot("site") == ["notes.txt": Data("my own notes".utf8)])

        #expect(run(["build", "--input", scratch.project.path, "--output", site, "--quiet", "--force"]).status == 0)
        let built = scratch.snapshot("site")
        #expect(built["notes.txt"] == nil && built["index.html"] != nil)
        #expect(String(decoding: built[".bhxh-report"] ?? Data(), as: UTF8.self).hasPrefix("bhxh-report output\n"))
        // Now marked as a build's output, the next build replaces it without asking.
        #expect(run(["build", "--input", scratch.project.path, "--output", site, "--quiet"]).status == 0)
    }

    @Test func theRepositoryOutputFolderWithOnlyItsReadmeCountsAsABuilds() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try FileManager.default.createDirectory(at: scratch.url("output"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: BuildCommandTests.repository.appendingPathComponent("output/README.md"),
                                         to: scratch.url("output/README.md"))
        #expect(run(["build", "--input", scratch.project.path, "--output", scratch.url("output").path, "--quiet"]).status == 0)
        // A README of someone's own is theirs.
        try scratch.write("# My notes\n", to: "notes/README.md")
        let other = run(["build", "--input", scratch.project.path, "--output", scratch.url("notes").path, "--quiet"])
        #expect(other.status == 2)
        #expect(scratch.snapshot("notes") == ["README.md": Data("# My notes\n".utf8)])
    }

    @Test func aSecondBuildIntoTheSameOutputIsRefusedWhileTheFirstWrites() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let site = scratch.url("site").path
        #expect(run(["build", "--input", scratch.project.path, "--output", site, "--quiet"]).status == 0)
        let before = scratch.snapshot("site")
        // Another build holds the lock beside the output, as a running build does.
        let descriptor = open(scratch.url(".site.lock").path, O_RDWR | O_CREAT, 0o644)
        #expect(descriptor >= 0 && flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        let (status, console) = run(["build", "--input", scratch.project.path, "--output", site, "--csv-dialect", "vi", "--quiet"])
        close(descriptor)
        #expect(status == 3)
        #expect(console.messages == ["bhxh-report: error: another build is writing \(site); wait for it to finish, or write to another folder"])
        #expect(scratch.snapshot("site") == before)
        // Once it is done the next build goes ahead and leaves no lock file behind.
        #expect(run(["build", "--input", scratch.project.path, "--output", site, "--csv-dialect", "vi", "--quiet"]).status == 0)
        #expect(scratch.snapshot("site") != before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.root.path).sorted() == ["p1", "site"])
    }

    @Test func theLockFileOfAKilledBuildDoesNotHoldTheNextOne() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        // A killed build leaves its lock file; the system has released the lock itself.
        try scratch.write("", to: ".site.lock")
        #expect(run(["build", "--input", scratch.project.path, "--output", scratch.url("site").path, "--quiet"]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.root.path).sorted() == ["p1", "site"])
    }

    @Test func theStagingFolderOfAKilledBuildIsRemovedByTheNextOne() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        // Left by a killed build whose process number now belongs to a live process.
        try scratch.write("bhxh-report output\n", to: ".site.staging-\(getppid())/.bhxh-report")
        try scratch.write(String(repeating: "x", count: 100_000), to: ".site.staging-\(getppid())/units/BK.html")
        // Named like one, but not marked: not ours.
        try scratch.write("keep me", to: ".site.staging-999999/mine.txt")
        #expect(run(["build", "--input", scratch.project.path, "--output", scratch.url("site").path, "--quiet"]).status == 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: scratch.root.path).sorted()
        #expect(left == [".site.staging-999999", "p1", "site"])
    }

    @Test func theSampleGetsTheSameGuard() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("the minutes of the meeting", to: "report.txt")
        let file = run(["sample", "--national", scratch.url("report.txt").path])
        #expect(file.status == 2)
        #expect(file.console.messages.first?.contains("exists and is not a folder") == true)
        let descriptor = open(scratch.url(".national.lock").path, O_RDWR | O_CREAT, 0o644)
        #expect(descriptor >= 0 && flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        let busy = run(["sample", "--national", scratch.url("national").path])
        close(descriptor)
        #expect(busy.status == 3)
        #expect(busy.console.messages == ["bhxh-report: error: another build is writing \(scratch.url("national").path); wait for it to finish, or write to another folder"])
        #expect(!FileManager.default.fileExists(atPath: scratch.url("national").path))
    }

    /// Runs the built `bhxh-report` in `folder`; its exit status and standard error.
    func runProgram(_ arguments: [String], in folder: URL) throws -> (Int32, String) {
        let tests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let program = tests.appendingPathComponent("bhxh-report")
        try #require(FileManager.default.isExecutableFile(atPath: program.path), "build the program first: swift build")
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }
}
