/// The GFM pipe-table rows: splitting a line into cells and reading the delimiter row.
enum TableSyntax {
    /// The cells of a table row, trimmed, or nil when the line has no unescaped `|`.
    /// A leading and a trailing `|` are optional; `\|` stands for a `|` inside a cell (code spans too).
    static func cells(_ line: Substring) -> [Substring]? {
        let body = line.droppingLeadingBlanks.droppingTrailingBlanks
        var cells: [Substring] = []
        var cell = ""
        var sawPipe = false
        var endsWithPipe = false
        var index = body.startIndex
        while index < body.endIndex {
            let character = body[index]
            let next = body.index(after: index)
            if character == "\\", next < body.endIndex {
                if body[next] != "|" { cell.append("\\") }
                cell.append(body[next])
                index = body.index(after: next)
                continue
            }
            if character == "|" {
                sawPipe = true
                endsWithPipe = next == body.endIndex
                cells.append(Substring(cell))
                cell = ""
            } else {
                cell.append(character)
            }
            index = next
        }
        guard sawPipe else { return nil }
        cells.append(Substring(cell))
        if body.first == "|" { cells.removeFirst() }
        if endsWithPipe, !cells.isEmpty { cells.removeLast() }
        return cells.map { $0.droppingLeadingBlanks.droppingTrailingBlanks }
    }

    /// The column alignments of a delimiter row such as `|---|:--:|--:|`, or nil when `line` is not one.
    static func alignments(_ line: Substring) -> [MarkdownTable.Alignment]? {
        guard let cells = cells(line), !cells.isEmpty else { return nil }
        var alignments: [MarkdownTable.Alignment] = []
        for cell in cells {
            let left = cell.first == ":"
            let right = cell.count > 1 && cell.last == ":"
            let dashes = cell.dropFirst(left ? 1 : 0).dropLast(right ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
            switch (left, right) {
            case (true, true): alignments.append(.center)
            case (true, false): alignments.append(.left)
            case (false, true): alignments.append(.right)
            case (false, false): alignments.append(.none)
            }
        }
        return alignments
    }
}
