/// A whole delimited text file: its non-blank records and how it was written.
public struct DelimitedDocument: Sendable, Hashable {
    /// The records in file order; lines with only separators and spaces are left out.
    public var records: [DelimitedRecord]
    /// The separator that was detected.
    public var separator: DelimitedSeparator
    /// The encoding that was detected.
    public var encoding: DetectedEncoding

    /// Creates a document.
    public init(records: [DelimitedRecord], separator: DelimitedSeparator, encoding: DetectedEncoding) {
        self.records = records
        self.separator = separator
        self.encoding = encoding
    }
}
