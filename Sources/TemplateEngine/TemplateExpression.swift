/// What a value tag writes: a name, or a formatter applied to an expression, optionally with a
/// number of decimals: `name`, `number(people)`, `percent(rate, 1)`, `upper(date(signed))`.
indirect enum TemplateExpression: Sendable {
    /// The value of a name.
    case name(TemplateName)
    /// A formatter applied to an expression; `offset` is where the formatter's name starts.
    case call(Formatter, TemplateExpression, decimals: Int?, offset: Int)

    /// How deeply formatters may be nested, `upper(date(x))` being 2.
    static let maximumNesting = 8

    /// Reads the content of a value tag.
    static func parse(_ content: ArraySlice<UInt8>, in source: SourceFile) throws(TemplateError) -> TemplateExpression {
        var reader = Reader(bytes: content, source: source)
        let expression = try reader.expression(depth: 0)
        reader.skipSpaces()
        if reader.peek != nil {
            let rest = String(decoding: content[reader.offset...], as: UTF8.self)
            throw source.error("unexpected \"\(rest)\" after the end of the expression", at: reader.offset)
        }
        return expression
    }

    /// A cursor over a tag's content.
    private struct Reader {
        let bytes: ArraySlice<UInt8>
        let source: SourceFile
        var offset: Int

        init(bytes: ArraySlice<UInt8>, source: SourceFile) {
            self.bytes = bytes
            self.source = source
            offset = bytes.startIndex
        }

        var peek: UInt8? { offset < bytes.endIndex ? bytes[offset] : nil }

        mutating func skipSpaces() {
            while let byte = peek, TemplateLexer.isWhitespace(byte) { offset += 1 }
        }

        /// A run of bytes up to whitespace, a parenthesis or a comma.
        mutating func word() -> ArraySlice<UInt8> {
            let start = offset
            while let byte = peek, !TemplateName.isReserved(byte) { offset += 1 }
            return bytes[start..<offset]
        }

        mutating func expression(depth: Int) throws(TemplateError) -> TemplateExpression {
            skipSpaces()
            let start = offset
            let word = word()
            skipSpaces()
            guard peek == UInt8(ascii: "(") else {
                guard let name = TemplateName(word) else { throw invalidName(word, at: start) }
                return .name(name)
            }
            let spelled = String(decoding: word, as: UTF8.self)
            guard let formatter = Formatter(rawValue: spelled) else {
                let known = Formatter.allCases.map(\.rawValue).joined(separator: ", ")
                throw source.error("unknown formatter \"\(spelled)\"; the formatters are \(known)", at: start)
            }
            guard depth < TemplateExpression.maximumNesting else {
                throw source.error("formatters are nested more than \(TemplateExpression.maximumNesting) deep", at: start)
            }
            offset += 1
            let argument = try expression(depth: depth + 1)
            skipSpaces()
            var decimals: Int?
            if peek == UInt8(ascii: ",") {
                offset += 1
                decimals = try decimalCount(for: formatter)
                skipSpaces()
            }
            guard peek == UInt8(ascii: ")") else {
                throw source.error("expected \")\" to close \"\(spelled)(\"", at: offset)
            }
            offset += 1
            return .call(formatter, argument, decimals: decimals, offset: start)
        }

        private mutating func decimalCount(for formatter: Formatter) throws(TemplateError) -> Int {
            skipSpaces()
            let start = offset
            let digits = word()
            guard formatter.defaultDecimals != nil else {
                throw source.error("\(formatter.rawValue)() takes no number of decimals", at: start)
            }
            guard digits.count <= 2, let count = Int(String(decoding: digits, as: UTF8.self)),
                  (0...Formatter.maximumDecimals).contains(count) else {
                throw source.error("the number of decimals must be a whole number from 0 to \(Formatter.maximumDecimals)", at: start)
            }
            return count
        }

        private func invalidName(_ word: ArraySlice<UInt8>, at start: Int) -> TemplateError {
            if word.isEmpty {
                return source.error("expected a name", at: start)
            }
            return source.error("\"\(String(decoding: word, as: UTF8.self))\" is not a valid name (a name is \".\" or words joined by dots)", at: start)
        }
    }
}
