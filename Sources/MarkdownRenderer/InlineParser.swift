/// Parses the inline content of one block: backslash escapes, code spans, emphasis, links and line
/// breaks. Everything else, `<`, `>` and `&` included, is literal text.
struct InlineParser {
    /// A `[` waiting for its `]`.
    private struct Bracket {
        /// Where its `.bracket` token is.
        let token: Int
        /// The delimiter-stack mark when it was met: emphasis inside a link resolves above it.
        let mark: Int
    }

    private let characters: [Character]
    private var tokens: [InlineToken] = []
    private var delimiters = DelimiterStack()
    private var brackets: [Bracket] = []
    /// Brackets at indices below this are inactive: a link was made after them (no links in links).
    private var activeBracketsFrom = 0
    private var codeSpans: BacktickRuns
    private var pendingText = ""

    /// The inline content of a block whose source lines (leading blanks already removed) are `lines`;
    /// the lines are joined by a space, or by a hard break after two trailing spaces or a backslash.
    /// Empty lines at the start (an item whose text begins on the next line) are skipped.
    static func parse(lines: [Substring]) -> [MarkdownInline] {
        var characters = Array(lines.joined(separator: "\n").drop(while: { $0.isBlank || $0 == "\n" }))
        while let last = characters.last, last.isBlank { characters.removeLast() }
        var parser = InlineParser(characters: characters)
        parser.scan()
        return InlineTreeBuilder.build(tokens: parser.tokens, runs: parser.delimiters.runs)
    }

    private init(characters: [Character]) {
        self.characters = characters
        self.codeSpans = BacktickRuns(characters)
    }

    private mutating func scan() {
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\\": index = escape(at: index)
            case "`": index = codeSpan(at: index)
            case "*", "_": index = delimiterRun(at: index)
            case "[":
                append(.bracket)
                brackets.append(Bracket(token: tokens.count - 1, mark: delimiters.mark))
                index += 1
            case "]": index = closeBracket(at: index)
            case "\n": index = lineEnd(at: index)
            default:
                pendingText.append(character)
                index += 1
            }
        }
        flushText()
        delimiters.resolve(above: -1)
    }

    private mutating func flushText() {
        guard !pendingText.isEmpty else { return }
        tokens.append(.text(pendingText))
        pendingText = ""
    }

    private mutating func append(_ token: InlineToken) {
        flushText()
        tokens.append(token)
    }

    private mutating func escape(at index: Int) -> Int {
        let next = index + 1
        if next < characters.count, characters[next] == "\n" {
            append(.lineBreak)
            return next + 1
        }
        if next < characters.count, characters[next].isASCIIPunctuation {
            pendingText.append(characters[next])
            return next + 1
        }
        pendingText.append("\\")
        return next
    }

    private mutating func codeSpan(at index: Int) -> Int {
        var length = 0
        while index + length < characters.count, characters[index + length] == "`" { length += 1 }
        let contentStart = index + length
        guard let closing = codeSpans.closing(length: length, after: contentStart) else {
            pendingText.append(String(repeating: "`", count: length))
            return contentStart
        }
        var content = String(characters[contentStart..<closing].map { $0 == "\n" ? " " : $0 })
        if content.count >= 2, content.first == " ", content.last == " ", content.contains(where: { $0 != " " }) {
            content = String(content.dropFirst().dropLast())
        }
        append(.code(content))
        return closing + length
    }

    private mutating func delimiterRun(at index: Int) -> Int {
        let character = characters[index]
        var end = index
        while end < characters.count, characters[end] == character { end += 1 }
        let run = delimiters.push(character, length: end - index,
                                  before: index > 0 ? characters[index - 1] : nil,
                                  after: end < characters.count ? characters[end] : nil)
        append(.delimiters(run))
        return end
    }

    private mutating func closeBracket(at index: Int) -> Int {
        guard let opener = brackets.popLast() else {
            pendingText.append("]")
            return index + 1
        }
        let isActive = brackets.count >= activeBracketsFrom
        activeBracketsFrom = min(activeBracketsFrom, brackets.count)
        guard isActive, let target = LinkSyntax.target(in: characters, at: index + 1),
              LinkPolicy.allows(target.destination) else {
            pendingText.append("]")
            return index + 1
        }
        flushText()
        tokens[opener.token] = .linkStart(destination: target.destination, title: target.title)
        delimiters.resolve(above: opener.mark)
        tokens.append(.linkEnd)
        activeBracketsFrom = brackets.count
        return target.end
    }

    private mutating func lineEnd(at index: Int) -> Int {
        var trailingSpaces = 0
        while let last = pendingText.last, last.isBlank {
            pendingText.removeLast()
            trailingSpaces += 1
        }
        if trailingSpaces >= 2 {
            append(.lineBreak)
        } else {
            pendingText.append(" ")
        }
        return index + 1
    }
}
