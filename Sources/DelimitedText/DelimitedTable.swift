/// A whole delimited text file as one buffer of bytes: its non-blank records, and each cell as a
/// range of those bytes, with no `String` or array per cell or record. A cell's text is made
/// only when asked for (`text(_:_:)`); a number can be read from its bytes (`withBytes(_:_:_:)`).
/// Cells are as in `DelimitedRecord`: unquoted, surrounding spaces trimmed, valid UTF-8 in NFC.
public struct DelimitedTable: Sendable {
    /// The separator that was detected (or given).
    public let separator: DelimitedSeparator
    /// The encoding that was detected.
    public let encoding: DetectedEncoding
    /// The cells' bytes: the file's text, then the cells that differ from it (quoted or composed).
    @usableFromInline let storage: [UInt8]
    /// Each cell's bytes in `storage`, record after record.
    @usableFromInline let cells: [Range<Int>]
    /// Where each record's cells start in `cells`, and where the last one's end.
    @usableFromInline let firstCells: [Int]
    /// The 1-based line on which each record starts.
    @usableFromInline let lines: [Int]

    /// Creates a table of records already split (by `DelimitedTextReader`).
    init(separator: DelimitedSeparator, encoding: DetectedEncoding, storage: [UInt8], cells: [Range<Int>],
         firstCells: [Int], lines: [Int]) {
        self.separator = separator
        self.encoding = encoding
        self.storage = storage
        self.cells = cells
        self.firstCells = firstCells
        self.lines = lines
    }

    /// How many records there are; they are numbered `0..<count` in file order.
    public var count: Int { lines.count }

    /// The 1-based line on which `record` starts (a quoted cell may continue on later lines).
    @inlinable
    public func line(_ record: Int) -> Int { lines[record] }

    /// How many cells `record` has, empty ones at the end of its line included.
    @inlinable
    public func cellCount(_ record: Int) -> Int { firstCells[record + 1] - firstCells[record] }

    /// How many cells `record` really has: up to its last non-empty cell (as `DelimitedRecord.width`).
    public func width(_ record: Int) -> Int {
        var width = cellCount(record)
        while width > 0 && cells[firstCells[record] + width - 1].isEmpty { width -= 1 }
        return width
    }

    /// The text of cell `cell` of `record`; empty when the record has fewer cells.
    public func text(_ record: Int, _ cell: Int) -> String {
        withBytes(record, cell) { $0.isEmpty ? "" : String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 bytes of cell `cell` of `record` (none when the record has
    /// fewer cells), valid only during the call. Inlinable, so that reading every cell of a large
    /// file costs no generic call.
    @inlinable
    public func withBytes<Result>(_ record: Int, _ cell: Int,
                                  _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        let range = cell < cellCount(record) ? cells[firstCells[record] + cell] : 0..<0
        return try storage.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// `record` with the text of each of its cells.
    public func record(_ record: Int) -> DelimitedRecord {
        DelimitedRecord(line: lines[record], fields: (0..<cellCount(record)).map { text(record, $0) })
    }
}
