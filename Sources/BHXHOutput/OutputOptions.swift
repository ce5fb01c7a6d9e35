/// Choices that shape the generated files.
public struct OutputOptions: Sendable {
    /// How official tables are written as CSV.
    public var csvDialect: CSVDialect

    /// Creates options.
    public init(csvDialect: CSVDialect = .rfc4180) {
        self.csvDialect = csvDialect
    }
}
