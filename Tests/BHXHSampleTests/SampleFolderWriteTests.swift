import BHXHOutput
import BHXHSample
import Foundation
import SharedFixture
import Testing

/// `SampleFolder.write(to:replacing:)`: a new or empty folder is written, a folder with files in
/// it only replaced when asked, and then wholly.
@Suite struct SampleFolderWriteTests {
    /// Two provinces of the sample, made once for the suite.
    static let sample = SharedFixture { (try? NationalSample(provinces: 2).generate()) ?? SampleFolder() }

    /// The files of `sample` by path.
    static func files(of sample: SampleFolder) -> [String: [UInt8]] {
        Dictionary(uniqueKeysWithValues: sample.files.map { ($0.path, $0.bytes) })
    }

    /// Folders beside `folder` named after it (".name.staging-…", ".name.old-…").
    static func leftovers(beside folder: ScratchFolder) throws -> [String] {
        let name = folder.url.lastPathComponent
        return try FileManager.default.contentsOfDirectory(atPath: folder.url.deletingLastPathComponent().path)
            .filter { $0 != name && $0.contains(name) }
    }

    @Test func aNewFolderGetsEveryFile() async throws {
        let sample = await Self.sample.value()
        let folder = ScratchFolder()
        defer { folder.remove() }
        try sample.write(to: folder.url, replacing: false)
        #expect(try folder.files() == Self.files(of: sample))
    }

    @Test func anEmptyFolderIsWrittenWithoutAsking() async throws {
        let sample = await Self.sample.value()
        let folder = ScratchFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
        try sample.write(to: folder.url, replacing: false)
        #expect(try folder.files() == Self.files(of: sample))
    }

    @Test func aFolderWithFilesIsRefusedAndLeftAlone() async throws {
        let sample = await Self.sample.value()
        let folder = ScratchFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("data"), withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: folder.url.appendingPathComponent("notes.txt"))
        try Data("1,2".utf8).write(to: folder.url.appendingPathComponent("data/2015.csv"))
        let before = try folder.files()

        let refusal = #expect(throws: PublishError.self) {
            try sample.write(to: folder.url, replacing: false)
        }
        #expect(refusal?.description.contains("\(folder.url.path) already exists and is not empty") == true)
        #expect(try folder.files() == before)
        #expect(try Self.leftovers(beside: folder).isEmpty, "no staging folder beside it")
    }

    @Test func replacingSwapsInTheWholeSample() async throws {
        let sample = await Self.sample.value()
        let folder = ScratchFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("data"), withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: folder.url.appendingPathComponent("notes.txt"))
        try Data("1,2".utf8).write(to: folder.url.appendingPathComponent("data/2015.csv"))

        try sample.write(to: folder.url, replacing: true)
        #expect(try folder.files() == Self.files(of: sample), "the old files are gone and every new one is there")
        #expect(try Self.leftovers(beside: folder).isEmpty, "neither the staging folder nor the old one is left")
    }
}
