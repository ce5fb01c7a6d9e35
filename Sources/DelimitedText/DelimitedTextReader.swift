/// Reads delimited text (CSV) as Excel and other tools save it. See docs/CSV.md for the rules.
public enum DelimitedTextReader {
    /// Reads a whole file: detects its encoding and separator, and returns its non-blank records.
    /// An empty file has no records; invalid text and a quote that is never closed are errors.
    public static func read(_ bytes: [UInt8]) throws(DelimitedTextError) -> DelimitedDocument {
        try read(bytes, separator: nil)
    }

    /// Reads a whole file like `read(_:)`, splitting at `separator` when it is given instead of
    /// detecting it (for files whose separator is known, e.g. written by `DelimitedTextWriter`).
    public static func read(_ bytes: [UInt8], separator: DelimitedSeparator?)
        throws(DelimitedTextError) -> DelimitedDocument {
        let table = try readTable(bytes, separator: separator)
        return DelimitedDocument(records: (0..<table.count).map(table.record), separator: table.separator,
                                 encoding: table.encoding)
    }

    /// Reads a whole file like `read(_:separator:)`, with the same errors, into one buffer:
    /// no `String` is made for a cell until it is asked for.
    public static func readTable(_ bytes: [UInt8], separator: DelimitedSeparator? = nil)
        throws(DelimitedTextError) -> DelimitedTable {
        let text = try DecodedText(bytes)
        var split = try text.bytes.withUnsafeBufferPointer { (buffer) throws(DelimitedTextError) in
            let separator = separator ?? SeparatorDetection.detect(in: buffer, from: text.start)
            return try TableSplit(buffer, from: text.start, separator: separator)
        }
        var storage = text.bytes
        if !split.extra.isEmpty { storage.append(contentsOf: split.extra) }
        split.extra = []
        return DelimitedTable(separator: split.separator, encoding: text.encoding, storage: storage, cells: split.cells,
                              firstCells: split.firstCells, lines: split.lines)
    }
}

/// The records and cells of a text, found byte by byte: each cell as a range of the text, or of
/// `extra` (placed after the text) when its text differs from its bytes (quoted, or composed to NFC).
private struct TableSplit {
    let separator: DelimitedSeparator
    var extra: [UInt8] = []
    var cells: [Range<Int>] = []
    var firstCells = [0]
    var lines: [Int] = []

    init(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, separator: DelimitedSeparator) throws(DelimitedTextError) {
        self.separator = separator
        var scanner = FieldScanner(bytes: buffer, separator: separator, start: start)
        while !scanner.isAtEnd {
            let line = scanner.line
            var blank = true
            var endsRecord = false
            while !endsRecord {
                let field: FieldScanner.Field
                do {
                    field = try scanner.next()
                } catch {
                    throw TextLocation.error("the text in quotes that starts here never ends: a closing \" is missing",
                                             at: error.offset, in: buffer, textStart: start)
                }
                // The usual cell, plain ASCII in the text, is its range; the others are checked and placed.
                let cell: Range<Int>? = !field.isAssembled && field.highBits < 0x80 ? field.range
                    : field.isAssembled
                    ? scanner.assembled.withUnsafeBufferPointer { place($0, highBits: field.highBits, in: nil, textCount: buffer.count) }
                    : place(UnsafeBufferPointer(rebasing: buffer[field.range]), highBits: field.highBits, in: field.range,
                            textCount: buffer.count)
                guard let cell else {
                    let offset = TextLocation.firstInvalidUTF8(in: buffer, from: field.rawStart) ?? field.rawStart
                    throw TextLocation.error(
                        "this is not UTF-8 text; the file may be in an old encoding (such as TCVN3 or Windows-1258) "
                            + "— open it in Excel and save it again as \"CSV UTF-8\"",
                        at: offset, in: buffer, textStart: start)
                }
                blank = blank && cell.isEmpty
                cells.append(cell)
                endsRecord = field.endsRecord
            }
            if blank {
                cells.removeSubrange(firstCells[firstCells.count - 1]...)
            } else {
                lines.append(line)
                firstCells.append(cells.count)
            }
        }
    }

    /// Where a field's text is kept: `range` of the text when its `bytes` are there and are its
    /// text, else appended to `extra`; nil when the bytes are not UTF-8.
    private mutating func place(_ bytes: UnsafeBufferPointer<UInt8>, highBits: UInt8, in range: Range<Int>?,
                                textCount: Int) -> Range<Int>? {
        guard let form = FieldText.form(bytes, highBits: highBits) else { return nil }
        if bytes.isEmpty { return 0..<0 }
        let start = textCount + extra.count
        switch form {
        case .asIs:
            if let range { return range }
            extra.append(contentsOf: bytes)
        case .composed(let text):
            extra.append(contentsOf: text.utf8)
        }
        return start..<textCount + extra.count
    }
}
