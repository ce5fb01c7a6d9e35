/// What a source line begins, judged on the line alone (tables need the next line too; see `TableSyntax`).
enum LineStart: Equatable {
    /// Empty or only spaces and tabs: ends the open block.
    case blank
    /// `#` to `######` followed by a blank or the end of the line; the closing `#`s are removed.
    case heading(level: Int, text: Substring)
    /// Official numbering; see `ItemMarker`.
    case item(kind: ItemKind, marker: Substring, text: Substring)
    /// `* ` starts an entry of a CommonMark bullet list.
    case bullet(text: Substring)
    /// Anything else: starts a paragraph or continues the open block. Leading blanks are removed.
    case text(Substring)

    /// Classifies `line`. Leading spaces and tabs never matter (there are no indented code blocks).
    init(_ line: Substring) {
        let body = line.droppingLeadingBlanks
        if body.droppingTrailingBlanks.isEmpty {
            self = .blank
        } else if let heading = Self.heading(body) {
            self = heading
        } else if let (kind, marker, text) = ItemMarker.recognize(body) {
            self = .item(kind: kind, marker: marker, text: text)
        } else if body.first == "*", let second = body.dropFirst().first, second.isBlank {
            self = .bullet(text: body.dropFirst(2).droppingLeadingBlanks)
        } else {
            self = .text(body)
        }
    }

    private static func heading(_ body: Substring) -> LineStart? {
        let hashes = body.prefix(while: { $0 == "#" })
        guard (1...6).contains(hashes.count) else { return nil }
        let rest = body[hashes.endIndex...]
        guard rest.isEmpty || rest.first?.isBlank == true else { return nil }
        var text = rest.droppingLeadingBlanks.droppingTrailingBlanks
        let closing = text.reversed().prefix(while: { $0 == "#" }).count
        let beforeClosing = text.dropLast(closing)
        if closing > 0, beforeClosing.isEmpty || beforeClosing.last?.isBlank == true {
            text = beforeClosing.droppingTrailingBlanks
        }
        return .heading(level: hashes.count, text: text)
    }
}
