/// One record (row) of a delimited text file.
public struct DelimitedRecord: Sendable, Hashable {
    /// The 1-based line on which the record starts (a quoted cell may continue on later lines).
    public var line: Int
    /// The cells: unquoted, surrounding spaces trimmed (not inside quotes), in Unicode NFC.
    public var fields: [String]

    /// Creates a record.
    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }

    /// How many cells the record really has: up to its last non-empty cell, so empty cells at
    /// the end of a line (the separators Excel writes after a short row) do not count.
    public var width: Int {
        (fields.lastIndex { !$0.isEmpty } ?? -1) + 1
    }
}
