/// The checks an entry name passes before it goes into an archive: a relative path with "/"
/// between folders that cannot escape the folder it is unzipped into.
enum ZipEntryName {
    /// The name's UTF-8 bytes, or the reason it is refused.
    static func validated(_ name: String) throws(ZipError) -> [UInt8] {
        let bytes = Array(name.utf8)
        if bytes.isEmpty { throw .emptyName }
        if bytes.contains(0) { throw .nulInName(name) }
        if bytes.contains(UInt8(ascii: "\\")) { throw .backslashInName(name) }
        if bytes[0] == UInt8(ascii: "/") || (bytes.count >= 2 && bytes[1] == UInt8(ascii: ":") && isLetter(bytes[0])) {
            throw .absoluteName(name)
        }
        if bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).contains(where: { $0.elementsEqual("..".utf8) }) {
            throw .parentFolderInName(name)
        }
        if bytes.count > 0xFFFF { throw .nameTooLong(name) }
        return bytes
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }
}
