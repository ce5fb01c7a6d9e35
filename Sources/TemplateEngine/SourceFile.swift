import LocatedJSON

/// A template's text as loaded, with the path shown in messages; turns byte offsets into
/// line:column positions only when an error needs one.
final class SourceFile: Sendable {
    /// The path or name shown in messages, e.g. "templates/plan.html.mustache".
    let path: String
    /// The UTF-8 text.
    let bytes: [UInt8]

    init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// The 1-based line and column (counting Unicode characters, as LocatedJSON does) of `offset`.
    func location(of offset: Int) -> SourceLocation {
        var line = 1
        var column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourceLocation(line: line, column: column)
    }

    /// The text of the line that holds `offset`, without its line break.
    func line(containing offset: Int) -> String {
        let clamped = min(max(offset, 0), bytes.count)
        var start = clamped
        while start > 0, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        var end = clamped
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// An error at `offset` in this file.
    func error(_ message: String, at offset: Int) -> TemplateError {
        TemplateError(template: path, location: location(of: offset), message: message,
                      sourceLine: line(containing: offset))
    }
}
