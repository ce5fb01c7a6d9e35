import DelimitedText

/// Test inputs: a table's text as the bytes of each encoding a file can arrive in.
enum TextBytes {
    static func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

    static func utf8WithBOM(_ text: String) -> [UInt8] { [0xEF, 0xBB, 0xBF] + Array(text.utf8) }

    static func utf16LittleEndian(_ text: String) -> [UInt8] {
        [0xFF, 0xFE] + text.utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)] }
    }

    static func utf16BigEndian(_ text: String) -> [UInt8] {
        [0xFE, 0xFF] + text.utf16.flatMap { [UInt8(truncatingIfNeeded: $0 >> 8), UInt8(truncatingIfNeeded: $0)] }
    }
}

/// Reads `text` given as UTF-8 without a byte order mark.
func read(_ text: String) throws -> DelimitedDocument {
    try DelimitedTextReader.read(Array(text.utf8))
}

/// The fields of each record of `text`.
func fields(_ text: String) throws -> [[String]] {
    try read(text).records.map(\.fields)
}

/// The error reading `bytes` gives, or nil when they read.
func readError(_ bytes: [UInt8]) -> DelimitedTextError? {
    do {
        _ = try DelimitedTextReader.read(bytes)
        return nil
    } catch {
        return error
    }
}
