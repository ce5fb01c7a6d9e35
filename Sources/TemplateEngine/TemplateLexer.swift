/// Cuts a template's bytes into text, line breaks and tags, following `{{=<% %>=}}` delimiter
/// changes as it goes.
struct TemplateLexer {
    private let source: SourceFile
    private var bytes: [UInt8] { source.bytes }
    private var openDelimiter: [UInt8] = Array("{{".utf8)
    private var closeDelimiter: [UInt8] = Array("}}".utf8)
    private var pieces: [TemplatePiece] = []

    /// The pieces of `source`, in order.
    static func pieces(of source: SourceFile) throws(TemplateError) -> [TemplatePiece] {
        var lexer = TemplateLexer(source: source)
        try lexer.run()
        return lexer.pieces
    }

    private init(source: SourceFile) {
        self.source = source
    }

    private mutating func run() throws(TemplateError) {
        var position = 0
        var textStart = 0
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\n") {
                let breakStart = position > textStart && bytes[position - 1] == UInt8(ascii: "\r") ? position - 1 : position
                addText(textStart..<breakStart)
                pieces.append(TemplatePiece(.lineBreak, range: breakStart..<position + 1))
                position += 1
                textStart = position
            } else if byte == openDelimiter[0], matches(openDelimiter, at: position) {
                addText(textStart..<position)
                position = try readTag(at: position)
                textStart = position
            } else {
                position += 1
            }
        }
        addText(textStart..<bytes.count)
    }

    private mutating func addText(_ range: Range<Int>) {
        if !range.isEmpty { pieces.append(TemplatePiece(.text, range: range)) }
    }

    /// Reads the tag whose opening delimiter is at `start`; returns the offset after it.
    private mutating func readTag(at start: Int) throws(TemplateError) -> Int {
        let afterOpen = start + openDelimiter.count
        let sigil = afterOpen < bytes.count ? bytes[afterOpen] : 0
        var kind = TagKind.value
        var terminator = closeDelimiter
        switch sigil {
        case UInt8(ascii: "{"): kind = .unescaped; terminator = Array("}".utf8) + closeDelimiter
        case UInt8(ascii: "&"): kind = .unescaped
        case UInt8(ascii: "#"): kind = .section
        case UInt8(ascii: "^"): kind = .inverted
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: "!"): kind = .comment
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "<"): kind = .parent
        case UInt8(ascii: "$"): kind = .block
        case UInt8(ascii: "="): kind = .delimiters; terminator = Array("=".utf8) + closeDelimiter
        default: break
        }
        let contentStart = kind == .value ? afterOpen : afterOpen + 1
        guard let end = firstOffset(of: terminator, from: contentStart) else {
            let closing = String(decoding: terminator, as: UTF8.self)
            throw source.error("this tag is never closed: \"\(closing)\" is missing", at: start)
        }
        let content = trimmed(contentStart..<end)
        if kind == .delimiters { try changeDelimiters(content, tagStart: start) }
        pieces.append(TemplatePiece(tag: kind, range: start..<end + terminator.count, content: content))
        return end + terminator.count
    }

    /// Applies `{{=open close=}}`: two delimiters separated by whitespace, neither containing
    /// whitespace or "=".
    private mutating func changeDelimiters(_ content: Range<Int>, tagStart: Int) throws(TemplateError) {
        let parts = bytes[content].split(whereSeparator: Self.isWhitespace)
        guard parts.count == 2, !parts.contains(where: { $0.contains(UInt8(ascii: "=")) }) else {
            throw source.error("a delimiter change needs two delimiters separated by a space, "
                + "neither containing \"=\" or spaces, like {{=<% %>=}}", at: tagStart)
        }
        openDelimiter = Array(parts[0])
        closeDelimiter = Array(parts[1])
    }

    private func matches(_ delimiter: [UInt8], at offset: Int) -> Bool {
        guard offset + delimiter.count <= bytes.count else { return false }
        for index in delimiter.indices where bytes[offset + index] != delimiter[index] {
            return false
        }
        return true
    }

    private func firstOffset(of needle: [UInt8], from start: Int) -> Int? {
        var offset = start
        while offset + needle.count <= bytes.count {
            if bytes[offset] == needle[0], matches(needle, at: offset) { return offset }
            offset += 1
        }
        return nil
    }

    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, Self.isWhitespace(bytes[lower]) { lower += 1 }
        while upper > lower, Self.isWhitespace(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// Space, tab, carriage return or line feed.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
