import Foundation
import Testing
import ZipArchive

/// The archive checked by readers that are not ours: Python's zipfile (CRCs and contents through
/// zlib) and Info-ZIP's `unzip -t`, each only when installed, so `swift test` needs neither.
@Suite struct ExternalClientTests {
    private static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    /// The entries of `ZipWriterTests`, and inputs of many blocks for zlib to decode: a megabyte of
    /// one byte, and random bytes (stored blocks) alternating with XML (Huffman blocks).
    static let files: [(String, [UInt8])] = {
        var random = TestData.Random(state: 11)
        var mixed: [UInt8] = []
        for part in 0..<6 { mixed += part.isMultiple(of: 2) ? random.bytes(70_000) : TestData.worksheetXML(size: 50_000) }
        return ZipWriterTests.files + [
            ("runs.bin", Array(repeating: 0x61, count: 1_000_000)),
            ("mixed.bin", mixed),
            ("sheet2.xml", TestData.worksheetXML(size: 1_000_000)),
        ]
    }()

    /// Writes the test archive and each entry's expected contents (as 0, 1, …) into a new folder.
    private static func writeArchive() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zip-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var zip = ZipWriter()
        for (name, contents) in files { try zip.add(name, contents: contents) }
        try Data(zip.finished()).write(to: folder.appendingPathComponent("test.zip"))
        for (index, (_, contents)) in files.enumerated() {
            try Data(contents).write(to: folder.appendingPathComponent("\(index)"))
        }
        return folder
    }

    static let pythonCheck = """
        import sys, zipfile, os
        folder = sys.argv[1]
        z = zipfile.ZipFile(os.path.join(folder, 'test.zip'))
        assert z.testzip() is None, 'bad CRC'
        names = sys.argv[2:]
        assert z.namelist() == names, z.namelist()
        for i, info in enumerate(z.infolist()):
            assert info.date_time == (1980, 1, 1, 0, 0, 0), info.date_time
            assert info.flag_bits & 0x800 and not info.flag_bits & 0x8, info.flag_bits
            assert info.extra == b'', info.extra
            assert z.read(info) == open(os.path.join(folder, str(i)), 'rb').read(), info.filename
        print('ok', len(names))
        """

    @Test(.enabled(if: executable("python3") != nil, "python3 is not installed"))
    func pythonZipfileReadsEveryEntry() throws {
        let folder = try Self.writeArchive()
        defer { try? FileManager.default.removeItem(at: folder) }
        let python = try #require(Self.executable("python3"))
        let result = try Self.run(python, ["-c", Self.pythonCheck, folder.path] + Self.files.map(\.0))
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.hasPrefix("ok 8"), "\(result.output)")
    }

    @Test(.enabled(if: executable("unzip") != nil, "unzip is not installed"))
    func unzipTestsTheArchive() throws {
        let folder = try Self.writeArchive()
        defer { try? FileManager.default.removeItem(at: folder) }
        let unzip = try #require(Self.executable("unzip"))
        let result = try Self.run(unzip, ["-t", folder.appendingPathComponent("test.zip").path])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("No errors detected"), "\(result.output)")
    }
}
