/// The part of an inline link after its `]`: `(destination "title")`.
enum LinkSyntax {
    /// Destinations and titles longer than this are not links (keeps hostile input linear).
    static let maximumLength = 2_048

    /// A destination, an optional title and the index just past the closing `)`.
    struct Target {
        let destination: String
        let title: String?
        let end: Int
    }

    /// Reads `(destination "title")` starting at `start` in `characters`, or nil when it is not there.
    /// The destination is a run of non-blank characters with balanced parentheses; the title is quoted
    /// with `"` or `'`; backslash escapes work in both.
    static func target(in characters: [Character], at start: Int) -> Target? {
        guard start < characters.count, characters[start] == "(" else { return nil }
        var index = skipWhitespace(characters, from: start + 1)
        var destination = ""
        var length = 0
        var depth = 0
        while index < characters.count, length <= maximumLength {
            let character = characters[index]
            if character.isWhitespace { break }
            if character == "(" { depth += 1 }
            if character == ")" {
                if depth == 0 { break }
                depth -= 1
            }
            if character == "\\", index + 1 < characters.count, characters[index + 1].isASCIIPunctuation {
                index += 1
            }
            destination.append(characters[index])
            length += 1
            index += 1
        }
        guard depth == 0, length <= maximumLength else { return nil }
        let afterDestination = index
        index = skipWhitespace(characters, from: index)
        var title: String?
        if index > afterDestination, index < characters.count, characters[index] == "\"" || characters[index] == "'" {
            guard let (text, end) = quoted(characters, at: index) else { return nil }
            title = text
            index = skipWhitespace(characters, from: end)
        }
        guard index < characters.count, characters[index] == ")" else { return nil }
        return Target(destination: destination, title: title, end: index + 1)
    }

    private static func skipWhitespace(_ characters: [Character], from start: Int) -> Int {
        var index = start
        while index < characters.count, characters[index].isWhitespace { index += 1 }
        return index
    }

    private static func quoted(_ characters: [Character], at start: Int) -> (String, Int)? {
        let quote = characters[start]
        var text = ""
        var index = start + 1
        while index < characters.count, index - start <= maximumLength {
            var character = characters[index]
            if character == quote { return (text, index + 1) }
            if character == "\\", index + 1 < characters.count, characters[index + 1].isASCIIPunctuation {
                index += 1
                character = characters[index]
            }
            text.append(character == "\n" ? " " : character)
            index += 1
        }
        return nil
    }
}
