/// A JSON document that could not be read: what is wrong and where.
public struct JSONSyntaxError: Error, Sendable, Equatable {
    /// What is wrong, in plain words.
    public var message: String
    /// Where it is.
    public var location: SourceLocation

    /// Creates an error.
    public init(message: String, location: SourceLocation) {
        self.message = message
        self.location = location
    }
}

/// Reads JSON text (RFC 8259) into `JSONNode`s that remember their locations.
/// A UTF-8 byte order mark is skipped; invalid UTF-8, duplicate keys and nesting deeper than
/// `maximumDepth` are errors, never crashes.
public struct JSONParser {
    /// How deeply arrays and objects may nest.
    public static let maximumDepth = 256

    private let bytes: [UInt8]
    private var offset = 0
    private var line = 1
    private var column = 1

    /// Parses a whole document.
    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
        try parse(bytes: Array(text.utf8))
    }

    /// Parses a whole document given as UTF-8 bytes.
    public static func parse(bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
        var parser = JSONParser(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.offset = 3 }
        if let bad = UTF8Check.firstInvalidOffset(in: bytes) {
            parser.advance(to: bad)
            throw parser.error("the file is not valid UTF-8 text")
        }
        parser.skipWhitespace()
        let node = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        guard parser.offset == bytes.count else {
            if parser.isDecimalComma(at: parser.offset) { throw JSONSyntaxError(message: decimalComma, location: parser.here) }
            throw parser.error("unexpected text after the end of the JSON value")
        }
        return node
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    // MARK: - Values

    private mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONNode {
        guard depth < Self.maximumDepth else {
            throw error("lists and objects are nested more than \(Self.maximumDepth) levels deep")
        }
        let start = here
        guard let byte = peek else { throw error("expected a value, found the end of the file") }
        switch byte {
        case UInt8(ascii: "{"): return JSONNode(try parseObject(depth: depth), at: start)
        case UInt8(ascii: "["): return JSONNode(try parseArray(depth: depth), at: start)
        case UInt8(ascii: "\""): return JSONNode(.string(try parseString()), at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(.number(try parseNumber()), at: start)
        case UInt8(ascii: "t"): try expectWord("true"); return JSONNode(.bool(true), at: start)
        case UInt8(ascii: "f"): try expectWord("false"); return JSONNode(.bool(false), at: start)
        case UInt8(ascii: "n"): try expectWord("null"); return JSONNode(.null, at: start)
        default: throw error("expected a value (text in \"quotes\", a number, true, false, null, [ or {)")
        }
    }

    private mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONNode.Value {
        let open = here
        advance()
        var members: [JSONNode.Member] = []
        var seen: [String: SourceLocation] = [:]
        skipWhitespace()
        if peek == UInt8(ascii: "}") { advance(); return .object(members) }
        while true {
            skipWhitespace()
            let keyLocation = here
            guard peek == UInt8(ascii: "\"") else {
                if isDecimalComma(at: offset - 1) { throw JSONSyntaxError(message: Self.decimalComma, location: SourceLocation(line: line, column: column - 1)) }
                throw error(peek == nil ? "the object opened at \(open) is never closed"
                                        : "expected a key in \"quotes\"")
            }
            let key = try parseString()
            if let first = seen[key] {
                throw JSONSyntaxError(message: "the key \"\(key)\" appears twice (first at \(first))",
                                      location: keyLocation)
            }
            seen[key] = keyLocation
            skipWhitespace()
            guard peek == UInt8(ascii: ":") else { throw error("expected ':' after the key \"\(key)\"") }
            advance()
            skipWhitespace()
            let node = try parseValue(depth: depth + 1)
            members.append(JSONNode.Member(key: key, keyLocation: keyLocation, node: node))
            skipWhitespace()
            switch peek {
            case UInt8(ascii: ","): advance()
            case UInt8(ascii: "}"): advance(); return .object(members)
            case nil: throw error("the object opened at \(open) is never closed")
            default: throw error("expected ',' or '}' after the value of \"\(key)\"")
            }
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONNode.Value {
        let open = here
        advance()
        var elements: [JSONNode] = []
        skipWhitespace()
        if peek == UInt8(ascii: "]") { advance(); return .array(elements) }
        while true {
            skipWhitespace()
            if peek == nil { throw error("the list opened at \(open) is never closed") }
            elements.append(try parseValue(depth: depth + 1))
            skipWhitespace()
            switch peek {
            case UInt8(ascii: ","): advance()
            case UInt8(ascii: "]"): advance(); return .array(elements)
            case nil: throw error("the list opened at \(open) is never closed")
            default: throw error("expected ',' or ']' in the list opened at \(open)")
            }
        }
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let open = here
        advance()
        var scalars = String.UnicodeScalarView()
        var runStart = offset
        func flush(_ parser: JSONParser, upTo end: Int, into scalars: inout String.UnicodeScalarView) {
            if end > runStart {
                scalars.append(contentsOf: String(decoding: parser.bytes[runStart..<end], as: UTF8.self).unicodeScalars)
            }
        }
        while true {
            guard let byte = peek else { throw JSONSyntaxError(message: "the text opened here is never closed", location: open) }
            switch byte {
            case UInt8(ascii: "\""):
                flush(self, upTo: offset, into: &scalars)
                advance()
                return String(scalars)
            case UInt8(ascii: "\\"):
                flush(self, upTo: offset, into: &scalars)
                scalars.append(try parseEscape())
                runStart = offset
            case 0..<0x20:
                throw error(byte == 0x0A ? "the text opened at \(open) is never closed on its line"
                                         : "a control character must be written as an escape (\\n, \\t, \\u0000)")
            default:
                advance()
            }
        }
    }

    private mutating func parseEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let start = here
        advance()
        guard let escaped = peek else { throw error("the text ends inside an escape") }
        advance()
        switch escaped {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try parseHex4(escapeStart: start)
            if (0xD800..<0xDC00).contains(high) {
                guard peek == UInt8(ascii: "\\"), byte(at: offset + 1) == UInt8(ascii: "u") else {
                    throw JSONSyntaxError(message: "a \\u escape for half of a character pair has no second half", location: start)
                }
                advance(); advance()
                let low = try parseHex4(escapeStart: start)
                guard (0xDC00..<0xE000).contains(low) else {
                    throw JSONSyntaxError(message: "a \\u escape pair is not a valid character", location: start)
                }
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
            }
            guard let scalar = Unicode.Scalar(high) else {
                throw JSONSyntaxError(message: "a \\u escape for half of a character pair has no first half", location: start)
            }
            return scalar
        default:
            throw JSONSyntaxError(message: "unknown escape; use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX",
                                  location: start)
        }
    }

    private mutating func parseHex4(escapeStart: SourceLocation) throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek, let digit = Self.hexValue(byte) else {
                throw JSONSyntaxError(message: "a \\u escape needs four hexadecimal digits", location: escapeStart)
            }
            value = value << 4 | digit
            advance()
        }
        return value
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> String {
        let start = offset
        if peek == UInt8(ascii: "-") { advance() }
        guard let first = peek, Self.isDigit(first) else { throw error("expected a digit") }
        advance()
        if first != UInt8(ascii: "0") { skipDigits() }
        else if let next = peek, Self.isDigit(next) { throw error("a number cannot start with 0 (write 7, not 07)") }
        if peek == UInt8(ascii: ".") {
            advance()
            guard let next = peek, Self.isDigit(next) else { throw error("expected a digit after the decimal point") }
            skipDigits()
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            advance()
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { advance() }
            guard let next = peek, Self.isDigit(next) else { throw error("expected a digit in the exponent") }
            skipDigits()
        }
        return String(decoding: bytes[start..<offset], as: UTF8.self)
    }

    private mutating func expectWord(_ word: StaticString) throws(JSONSyntaxError) {
        let start = here
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for byte in expected {
            guard peek == byte else {
                throw JSONSyntaxError(message: "expected a value; did you mean \(word)? (text needs \"quotes\")", location: start)
            }
            advance()
        }
    }

    /// True when the byte at `index` is a comma between digits (`1,5`). Asked only where JSON cannot
    /// have a comma (before a key, after the document), so a valid list `[1,5]` never comes here.
    private func isDecimalComma(at index: Int) -> Bool {
        index >= 1 && byte(at: index) == UInt8(ascii: ",") && Self.isDigit(bytes[index - 1])
            && Self.isDigit(byte(at: index + 1) ?? 0)
    }

    private static let decimalComma = "write numbers with a decimal point, not a comma (1.5, not 1,5)"

    // MARK: - Position

    private var here: SourceLocation { SourceLocation(line: line, column: column) }

    private var peek: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    private func byte(at index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func advance() {
        let byte = bytes[offset]
        offset += 1
        if byte == 0x0A {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            // Count a character at its first byte only.
            column += 1
        }
    }

    private mutating func advance(to target: Int) {
        while offset < target { advance() }
    }

    private mutating func skipWhitespace() {
        while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { advance() }
    }

    private mutating func skipDigits() {
        while let byte = peek, Self.isDigit(byte) { advance() }
    }

    private func error(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(message: message, location: here)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x41...0x46: return UInt32(byte - 0x41 + 10)
        case 0x61...0x66: return UInt32(byte - 0x61 + 10)
        default: return nil
        }
    }
}
