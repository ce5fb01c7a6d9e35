import BHXHCore

/// Column widths and heading row heights that fit a table's contents, estimated from the text as
/// Excel shows it (counts grouped: "1.234.567"), so nothing shows as "####" and no heading is cut.
/// Widths are in tenths of a character, heights in tenths of a point; characters are counted as
/// Unicode scalars, which for Vietnamese in NFC (precomposed, as the tool writes it) are its letters.
struct SheetFit {
    let table: Table
    let titleLines: [String]
    /// One width per column (see `init`).
    let columnWidths: [Int]

    /// Narrowest and widest columns, in characters (a column of figures at least 9, so that its
    /// heading wraps onto few lines); headings wrap within the width.
    static let narrowest = 5
    static let narrowestFigures = 9
    static let widest = 40
    /// A line of 12 pt text, in tenths of a point.
    static let lineHeight = 165

    /// The fit of `table`, whose body cells show at most `bodyLengths` characters per column:
    /// each column as wide as its widest body text, or its heading's longest word, or a third of
    /// its heading (so that no heading wraps onto more than about three lines), plus a margin.
    init(table: Table, titleLines: [String], bodyLengths: [Int]) {
        self.table = table
        self.titleLines = titleLines
        columnWidths = table.columns.enumerated().map { position, column in
            let body = position < bodyLengths.count ? bodyLengths[position] : 0
            let characters = max(Self.longestWord(column.title), (column.title.unicodeScalars.count + 2) / 3, body)
            let narrowest = column.kind == .text ? Self.narrowest : Self.narrowestFigures
            return min(max(characters + 2, narrowest), Self.widest) * 10
        }
    }

    /// Heights of the title lines (wrapped across the table) and the two heading rows (each
    /// heading wrapped in its columns), by row number.
    func rowHeights(headingRow: Int) -> [(Int, Int)] {
        let widths = columnWidths.map { max($0 / 10 - 1, 1) }
        let total = max(widths.reduce(0, +), 1)
        var heights = titleLines.enumerated().map { index, line in (index + 1, Self.lines(line, width: total) * Self.lineHeight) }
        var top = 1
        var bottom = 1
        var spanning = 1
        var column = 0
        for group in table.groups where !group.columns.isEmpty {
            let span = widths[column..<min(column + group.columns.count, widths.count)]
            if let title = group.title {
                top = max(top, Self.lines(title, width: span.reduce(0, +)))
                for (offset, item) in group.columns.enumerated() where column + offset < widths.count {
                    bottom = max(bottom, Self.lines(item.title, width: widths[column + offset]))
                }
            } else {
                for (offset, item) in group.columns.enumerated() where column + offset < widths.count {
                    spanning = max(spanning, Self.lines(item.title, width: widths[column + offset]))
                }
            }
            column += group.columns.count
        }
        bottom = max(bottom, spanning - top)
        heights += [(headingRow, top * Self.lineHeight), (headingRow + 1, bottom * Self.lineHeight)]
        return heights
    }

    /// How many lines `text` takes wrapped at `width` characters, breaking between words.
    static func lines(_ text: String, width: Int) -> Int {
        var lines = 1
        var used = 0
        for word in text.unicodeScalars.split(separator: " ") {
            let length = word.count
            if used == 0 {
                used = length
            } else if used + 1 + length <= width {
                used += 1 + length
            } else {
                lines += 1
                used = length
            }
        }
        return lines
    }

    /// The longest word of a heading.
    static func longestWord(_ text: String) -> Int {
        text.unicodeScalars.split(separator: " ").map(\.count).max() ?? 0
    }

    /// How many characters a number in plain text ("-1234567.5") shows grouped ("-1.234.567,5").
    static func groupedLength(_ plain: String) -> Int {
        var plain = plain
        return plain.withUTF8 { bytes in
            var whole = 0
            for byte in bytes {
                if byte == UInt8(ascii: ".") { break }
                if byte != UInt8(ascii: "-") { whole += 1 }
            }
            return bytes.count + max(whole - 1, 0) / 3
        }
    }
}
