/// Reads back an archive's records for the tests, strictly: the end record, the central
/// directory it points to, and the local header each central record points to.
public struct ZipReader {
    /// One entry as both its central record and its local header describe it.
    public struct Entry: Equatable {
        public var name: String
        public var flags: Int
        public var method: Int
        public var time: Int
        public var date: Int
        public var crc: UInt32
        public var compressedSize: Int
        public var size: Int
        public var localHeaderOffset: Int
        public var data: [UInt8]
    }

    public let entries: [Entry]
    public let centralDirectoryOffset: Int

    /// Reads `bytes`, throwing `Malformed` at the first record out of place.
    public init(_ bytes: [UInt8]) throws {
        func number(_ at: Int, _ width: Int) throws -> Int {
            guard at >= 0, at + width <= bytes.count else { throw Malformed(description: "a field past the end at \(at)") }
            return (0..<width).reduce(0) { $0 | Int(bytes[at + $1]) << (8 * $1) }
        }
        let end = bytes.count - 22
        guard try number(end, 4) == 0x0605_4B50 else { throw Malformed(description: "no end record in the last 22 bytes") }
        guard try number(end + 4, 2) == 0, try number(end + 6, 2) == 0, try number(end + 20, 2) == 0 else {
            throw Malformed(description: "disk numbers or a comment in the end record")
        }
        let count = try number(end + 10, 2)
        guard try number(end + 8, 2) == count else { throw Malformed(description: "entry counts differ") }
        let directorySize = try number(end + 12, 4)
        centralDirectoryOffset = try number(end + 16, 4)
        guard centralDirectoryOffset + directorySize == end else { throw Malformed(description: "the directory does not end at the end record") }

        var entries: [Entry] = []
        var at = centralDirectoryOffset
        var expectedLocal = 0
        for _ in 0..<count {
            guard try number(at, 4) == 0x0201_4B50 else { throw Malformed(description: "no central record at \(at)") }
            let nameLength = try number(at + 28, 2)
            guard try number(at + 30, 2) == 0, try number(at + 32, 2) == 0 else { throw Malformed(description: "extra field or comment") }
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            let local = try number(at + 42, 4)
            guard local == expectedLocal else { throw Malformed(description: "\(name): local header at \(local), expected \(expectedLocal)") }
            let compressedSize = try number(at + 20, 4)
            var entry = Entry(name: name, flags: try number(at + 8, 2), method: try number(at + 10, 2),
                              time: try number(at + 12, 2), date: try number(at + 14, 2),
                              crc: UInt32(try number(at + 16, 4)), compressedSize: compressedSize,
                              size: try number(at + 24, 4), localHeaderOffset: local, data: [])
            // The local header repeats version, flags, method, time, date, CRC, sizes and name.
            guard try number(local, 4) == 0x0403_4B50 else { throw Malformed(description: "\(name): no local header") }
            for offset in stride(from: 0, to: 26, by: 2) where try number(local + 4 + offset, 2) != (try number(at + 6 + offset, 2)) {
                throw Malformed(description: "\(name): local header differs from the central record at field \(offset)")
            }
            guard try number(local + 28, 2) == 0 else { throw Malformed(description: "\(name): local extra field") }
            guard Array(bytes[(local + 30)..<(local + 30 + nameLength)]) == Array(bytes[(at + 46)..<(at + 46 + nameLength)]) else {
                throw Malformed(description: "\(name): local name differs")
            }
            let dataStart = local + 30 + nameLength
            guard dataStart + compressedSize <= centralDirectoryOffset else { throw Malformed(description: "\(name): data overruns") }
            entry.data = Array(bytes[dataStart..<(dataStart + compressedSize)])
            entries.append(entry)
            expectedLocal = dataStart + compressedSize
            at += 46 + nameLength
        }
        guard expectedLocal == centralDirectoryOffset else { throw Malformed(description: "bytes between the last entry and the directory") }
        self.entries = entries
    }

    /// The contents of an entry, inflated when it is deflated.
    public static func contents(of entry: Entry) throws -> [UInt8] {
        switch entry.method {
        case 0: entry.data
        case 8: try TestInflater.inflate(entry.data)
        default: throw Malformed(description: "method \(entry.method)")
        }
    }

    /// Every entry's name and inflated contents, in archive order.
    public func files() throws -> [(name: String, contents: [UInt8])] {
        try entries.map { ($0.name, try Self.contents(of: $0)) }
    }
}

/// What the test-only readers (`TestInflater`, `ZipReader`) throw at bytes they cannot accept.
public struct Malformed: Error, CustomStringConvertible {
    public let description: String
    public init(description: String) { self.description = description }
}
