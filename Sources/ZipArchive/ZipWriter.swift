/// Writes a ZIP archive (PKWARE APPNOTE 6.3) in memory, deterministically: entries in the order
/// they are added, every timestamp 1980-01-01 00:00 (the earliest a ZIP can hold), no extra fields,
/// no data descriptors (sizes and CRC-32 are in each local header), names in UTF-8 (flag bit 11).
/// Each entry is DEFLATE-compressed (method 8), or stored (method 0) when that is not smaller;
/// entries of `largeEntry` bytes or more with `Deflate.Effort.fast`, the rest `.thorough`.
///
/// ```swift
/// var zip = ZipWriter()
/// try zip.add("[Content_Types].xml", contents: Array(xml.utf8))
/// let bytes = zip.finished()
/// ```
public struct ZipWriter: Sendable {
    /// The local headers and data of the entries added so far.
    private var body: [UInt8] = []
    /// Their central directory records.
    private var centralDirectory: [UInt8] = []
    private var names: Set<String> = []
    private var entryCount = 0
    /// The size from which an entry is compressed with the fast effort: every sheet and document
    /// of a workbook or report; styles, properties and relationships below it.
    public static let largeEntry = 1 << 14
    /// The largest archive allowed, in bytes: below 4 GB, where ZIP64 would begin.
    private let sizeLimit: Int

    /// An empty archive.
    public init() {
        self.init(sizeLimit: 0xFFFF_FFFE)
    }

    /// An empty archive no larger than `sizeLimit` bytes (for tests of the limit).
    init(sizeLimit: Int) {
        self.sizeLimit = sizeLimit
    }

    /// Adds a file named `name` (a relative path with "/" between folders) holding `contents`.
    /// Throws, leaving the archive as it was, when the name is unsafe or already used, or when
    /// the archive would pass 4 GB or 65,535 entries.
    public mutating func add(_ name: String, contents: [UInt8]) throws(ZipError) {
        let nameBytes = try ZipEntryName.validated(name)
        guard !names.contains(name) else { throw .duplicateName(name) }
        guard entryCount < 0xFFFF else { throw .tooManyEntries }
        guard contents.count <= sizeLimit else { throw .tooLarge(name) }
        let deflated = Deflate.compress(contents, effort: contents.count >= Self.largeEntry ? .fast : .thorough)
        let isStored = deflated.count >= contents.count
        let data = isStored ? contents : deflated
        let header = ZipEntryHeader(name: nameBytes, method: isStored ? 0 : 8, crc: CRC32.checksum(contents),
                                    compressedSize: UInt32(data.count), size: UInt32(contents.count),
                                    localHeaderOffset: UInt32(truncatingIfNeeded: body.count))
        let total = body.count + ZipEntryHeader.localSize(nameBytes) + data.count
            + centralDirectory.count + ZipEntryHeader.centralSize(nameBytes) + ZipEndRecord.size
        guard total <= sizeLimit else { throw .tooLarge(name) }
        header.appendLocal(to: &body)
        body.append(contentsOf: data)
        header.appendCentral(to: &centralDirectory)
        names.insert(name)
        entryCount += 1
    }

    /// The bytes of the archive: the entries, the central directory and its end record.
    public func finished() -> [UInt8] {
        var archive = body
        archive.reserveCapacity(body.count + centralDirectory.count + ZipEndRecord.size)
        archive.append(contentsOf: centralDirectory)
        ZipEndRecord(entryCount: UInt16(entryCount), centralDirectorySize: UInt32(centralDirectory.count),
                     centralDirectoryOffset: UInt32(body.count)).append(to: &archive)
        return archive
    }
}
