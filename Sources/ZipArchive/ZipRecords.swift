/// The fixed-layout records of a ZIP file (APPNOTE 4.3.7, 4.3.12, 4.3.16), little-endian.
struct ZipEntryHeader {
    /// "Version 2.0": deflate and folders; also written as "made by" (MS-DOS attributes, all zero).
    static let version: UInt16 = 20
    /// Bit 11: the name is UTF-8.
    static let flags: UInt16 = 0x0800
    /// 00:00:00 in MS-DOS time.
    static let time: UInt16 = 0
    /// 1980-01-01 in MS-DOS date: (1980 − 1980) << 9 | 1 << 5 | 1.
    static let date: UInt16 = 0x0021

    let name: [UInt8]
    let method: UInt16
    let crc: UInt32
    let compressedSize: UInt32
    let size: UInt32
    let localHeaderOffset: UInt32

    /// The bytes of a local header with this name.
    static func localSize(_ name: [UInt8]) -> Int { 30 + name.count }
    /// The bytes of a central directory record with this name.
    static func centralSize(_ name: [UInt8]) -> Int { 46 + name.count }

    /// Appends the local file header that precedes the entry's data.
    func appendLocal(to bytes: inout [UInt8]) {
        bytes.appendLittleEndian(UInt32(0x0403_4B50))
        bytes.appendLittleEndian(Self.version)
        appendCommon(to: &bytes)
        bytes.appendLittleEndian(UInt16(0)) // extra field length
        bytes.append(contentsOf: name)
    }

    /// Appends the entry's central directory record.
    func appendCentral(to bytes: inout [UInt8]) {
        bytes.appendLittleEndian(UInt32(0x0201_4B50))
        bytes.appendLittleEndian(Self.version) // made by
        bytes.appendLittleEndian(Self.version) // needed to extract
        appendCommon(to: &bytes)
        bytes.appendLittleEndian(UInt16(0)) // extra field length
        bytes.appendLittleEndian(UInt16(0)) // comment length
        bytes.appendLittleEndian(UInt16(0)) // disk number
        bytes.appendLittleEndian(UInt16(0)) // internal attributes
        bytes.appendLittleEndian(UInt32(0)) // external attributes
        bytes.appendLittleEndian(localHeaderOffset)
        bytes.append(contentsOf: name)
    }

    /// Flags to name length: the fields local header and central record share.
    private func appendCommon(to bytes: inout [UInt8]) {
        bytes.appendLittleEndian(Self.flags)
        bytes.appendLittleEndian(method)
        bytes.appendLittleEndian(Self.time)
        bytes.appendLittleEndian(Self.date)
        bytes.appendLittleEndian(crc)
        bytes.appendLittleEndian(compressedSize)
        bytes.appendLittleEndian(size)
        bytes.appendLittleEndian(UInt16(name.count))
    }
}

/// The end of central directory record, last in the file.
struct ZipEndRecord {
    /// Its size: no archive comment.
    static let size = 22

    let entryCount: UInt16
    let centralDirectorySize: UInt32
    let centralDirectoryOffset: UInt32

    /// Appends the record.
    func append(to bytes: inout [UInt8]) {
        bytes.appendLittleEndian(UInt32(0x0605_4B50))
        bytes.appendLittleEndian(UInt16(0)) // this disk
        bytes.appendLittleEndian(UInt16(0)) // disk of the central directory
        bytes.appendLittleEndian(entryCount) // entries on this disk
        bytes.appendLittleEndian(entryCount) // entries in all
        bytes.appendLittleEndian(centralDirectorySize)
        bytes.appendLittleEndian(centralDirectoryOffset)
        bytes.appendLittleEndian(UInt16(0)) // comment length
    }
}

extension [UInt8] {
    /// Appends `value`'s bytes, least significant first.
    mutating func appendLittleEndian<Value: FixedWidthInteger>(_ value: Value) {
        for shift in stride(from: 0, to: Value.bitWidth, by: 8) {
            append(UInt8(truncatingIfNeeded: value >> shift))
        }
    }
}
