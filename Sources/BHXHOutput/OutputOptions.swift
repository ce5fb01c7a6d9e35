import Foundation

/// Choices that shape the generated files.
public struct OutputOptions: Sendable {
    /// How official tables are written as CSV.
    public var csvDialect: CSVDialect
    /// The template folders, searched in order: a user's folder first, the shipped `templates/` last.
    public var templateFolders: [URL]

    /// Creates options.
    public init(csvDialect: CSVDialect = .rfc4180, templateFolders: [URL]) {
        self.csvDialect = csvDialect
        self.templateFolders = templateFolders
    }
}
