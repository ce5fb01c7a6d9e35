import Foundation
import TemplateEngine

/// Choices that shape the generated files.
public struct OutputOptions: Sendable {
    /// How official tables are written as CSV.
    public var csvDialect: CSVDialect
    /// The template folders, searched in order: a user's folder first, the shipped `templates/` last.
    public var templateFolders: [URL]
    /// How many bytes one page or document may have; rendering stops with an error past it.
    public var maximumPageBytes: Int
    /// The formats written for each plan and report (`--formats`); the site's pages come with HTML.
    public var formats: Set<OutputFormat>

    /// Creates options.
    public init(csvDialect: CSVDialect = .rfc4180, templateFolders: [URL],
                maximumPageBytes: Int = TemplateLibrary.defaultMaximumOutput, formats: Set<OutputFormat> = Set(OutputFormat.allCases)) {
        self.csvDialect = csvDialect
        self.templateFolders = templateFolders
        self.maximumPageBytes = maximumPageBytes
        self.formats = formats
    }
}
