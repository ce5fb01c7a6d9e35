/// Finds where a problem is in UTF-8 text: its line and column, and the first byte that is not UTF-8.
enum TextLocation {
    /// An error about the byte at `offset` of UTF-8 text that begins at `start` in `bytes`.
    /// Lines end at CR LF, LF or CR; columns count Unicode scalars, starting at 1.
    static func error(_ message: String, at offset: Int, in bytes: UnsafeBufferPointer<UInt8>,
                      textStart start: Int) -> DelimitedTextError {
        var line = 1
        var column = 1
        var index = start
        while index < offset {
            let byte = bytes[index]
            if byte == ASCII.lineFeed || byte == ASCII.carriageReturn {
                line += 1
                column = 1
                if byte == ASCII.carriageReturn, index + 1 < offset, bytes[index + 1] == ASCII.lineFeed { index += 1 }
            } else if byte & 0xC0 != 0x80 {
                // A scalar is counted at its first byte only.
                column += 1
            }
            index += 1
        }
        return DelimitedTextError(line: line, column: column, message: message)
    }

    /// The offset of the first byte at or after `start` that does not belong to valid UTF-8, or nil.
    static func firstInvalidUTF8(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes[start...].makeIterator()
        var offset = start
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }
}

