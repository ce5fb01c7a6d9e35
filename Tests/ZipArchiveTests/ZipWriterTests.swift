import Testing
@testable import ZipArchive
import ZipReading

@Suite struct ZipWriterTests {
    static let files: [(String, [UInt8])] = [
        ("[Content_Types].xml", Array("<?xml version=\"1.0\"?><Types></Types>".utf8)),
        ("xl/worksheets/sheet1.xml", TestData.worksheetXML(size: 100_000)),
        ("word/Phụ lục 1.xml", Array("Kế hoạch phát triển người tham gia".utf8)),
        ("docProps/empty.xml", []),
        ("media/noise.bin", { var random = TestData.Random(state: 1); return random.bytes(5_000) }()),
    ]

    static func archive() throws -> [UInt8] {
        var zip = ZipWriter()
        for (name, contents) in files { try zip.add(name, contents: contents) }
        return zip.finished()
    }

    @Test func readsBackEntryByEntryInTheOrderGiven() throws {
        let reader = try ZipReader(try Self.archive())
        #expect(reader.entries.map(\.name) == Self.files.map(\.0))
        for (entry, (name, contents)) in zip(reader.entries, Self.files) {
            #expect(try ZipReader.contents(of: entry) == contents, "\(name)")
            #expect(entry.size == contents.count)
            #expect(entry.crc == CRC32.checksum(contents))
            #expect(entry.flags == 0x0800, "UTF-8 names, no data descriptor")
            #expect(entry.time == 0 && entry.date == 0x21, "1980-01-01 00:00")
        }
    }

    @Test func compressesWhatShrinksAndStoresTheRest() throws {
        let entries = try ZipReader(try Self.archive()).entries
        // A short sentence without repeats, an empty file and random bytes do not shrink.
        #expect(entries.map(\.method) == [8, 8, 0, 0, 0])
        #expect(entries[2].compressedSize == entries[2].size)
        // Random five-digit numbers in every cell: about 4.2× with the fast effort.
        #expect(entries[1].compressedSize * 4 < entries[1].size)
        #expect(entries[4].compressedSize == 5_000)
    }

    /// An entry of `largeEntry` (16 KB) or more is compressed with the fast effort, a smaller one with the
    /// thorough effort: the stored data is exactly that effort's DEFLATE stream.
    @Test func largeEntriesAreCompressedWithTheFastEffort() throws {
        let small = TestData.worksheetXML(size: ZipWriter.largeEntry - 1_000)
        let large = TestData.worksheetXML(size: ZipWriter.largeEntry + 1_000)
        var zip = ZipWriter()
        try zip.add("small.xml", contents: small)
        try zip.add("large.xml", contents: large)
        let archive = zip.finished()
        let entries = try ZipReader(archive).entries
        #expect(try ZipReader.contents(of: entries[0]) == small)
        #expect(try ZipReader.contents(of: entries[1]) == large)
        #expect(entries[0].compressedSize == Deflate.compress(small).count)
        let fast = Deflate.compress(large, effort: .fast)
        #expect(entries[1].compressedSize == fast.count)
        #expect(fast != Deflate.compress(large), "the efforts differ on this input")
    }

    @Test func namesAreUTF8Bytes() throws {
        let bytes = try Self.archive()
        let name = Array("word/Phụ lục 1.xml".utf8)
        let found = (0...(bytes.count - name.count)).filter { Array(bytes[$0..<($0 + name.count)]) == name }
        #expect(found.count == 2, "once in the local header, once in the central directory")
    }

    @Test func sameEntriesSameBytes() throws {
        #expect(try Self.archive() == Self.archive())
    }

    @Test func anEmptyArchiveIsItsEndRecord() {
        #expect(ZipWriter().finished() == [0x50, 0x4B, 0x05, 0x06] + Array(repeating: 0, count: 18))
    }

    @Test func unsafeNamesAreRefused() {
        let cases: [(String, ZipError)] = [
            ("", .emptyName),
            ("/etc/passwd", .absoluteName("/etc/passwd")),
            ("C:/x.xml", .absoluteName("C:/x.xml")),
            ("../x.xml", .parentFolderInName("../x.xml")),
            ("word/../../x.xml", .parentFolderInName("word/../../x.xml")),
            ("word/..", .parentFolderInName("word/..")),
            ("word\\document.xml", .backslashInName("word\\document.xml")),
            ("a\u{0}b", .nulInName("a\u{0}b")),
        ]
        for (name, error) in cases {
            var zip = ZipWriter()
            #expect(throws: error) { try zip.add(name, contents: [1]) }
            #expect(zip.finished() == ZipWriter().finished(), "nothing added for \(name)")
        }
        var zip = ZipWriter()
        #expect(throws: Never.self) { try zip.add("a..b/c.xml", contents: []) } // dots inside a name are fine
    }

    @Test func duplicatesAreRefusedAndTheArchiveKept() throws {
        var zip = ZipWriter()
        try zip.add("word/document.xml", contents: [1, 2, 3])
        let before = zip.finished()
        #expect(throws: ZipError.duplicateName("word/document.xml")) { try zip.add("word/document.xml", contents: [4]) }
        #expect(zip.finished() == before)
    }

    @Test func anArchivePastTheLimitIsRefused() throws {
        var zip = ZipWriter(sizeLimit: 1_000)
        try zip.add("a.bin", contents: Array(repeating: 7, count: 500))
        var random = TestData.Random(state: 5)
        #expect(throws: ZipError.tooLarge("b.bin")) { try zip.add("b.bin", contents: random.bytes(900)) }
        #expect(throws: ZipError.tooLarge("c.bin")) { try zip.add("c.bin", contents: Array(repeating: 0, count: 2_000)) }
        #expect(try ZipReader(zip.finished()).entries.map(\.name) == ["a.bin"])
    }

    @Test func messagesSayWhatIsWrong() {
        #expect(ZipError.duplicateName("x.xml").description == "the archive already has an entry named \"x.xml\"")
        #expect(ZipError.tooLarge("x.xml").description.contains("4 GB"))
    }
}
