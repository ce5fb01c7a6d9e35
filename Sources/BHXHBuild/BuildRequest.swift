import BHXHOutput
import Foundation

/// What to build: which project folder into which output folder, and how.
public struct BuildRequest: Sendable {
    /// The project folder.
    public var input: URL
    /// The project folder as the user named it, for messages ("input").
    public var inputDisplayPath: String
    /// The output folder, replaced as a whole when the build succeeds.
    public var output: URL
    /// The output folder as the user named it, for messages ("--output site").
    public var outputDisplayPath: String
    /// Replace an existing folder that no build wrote (`--force`); a folder holding the project
    /// or the templates is never replaced.
    public var force: Bool
    /// Choices shaping the files, among them the template folders (the user's, then the shipped one).
    public var options: OutputOptions
    /// Warnings stop the build as errors do.
    public var strict: Bool

    /// Creates a request; `templates` is the user's templates folder, searched before the shipped one.
    public init(input: URL, inputDisplayPath: String, output: URL, templates: URL? = nil,
                csvDialect: CSVDialect = .rfc4180, strict: Bool = false, outputDisplayPath: String? = nil,
                force: Bool = false) {
        self.input = input
        self.inputDisplayPath = inputDisplayPath
        self.output = output
        self.outputDisplayPath = outputDisplayPath ?? output.path
        self.force = force
        options = OutputOptions(csvDialect: csvDialect, templateFolders: [templates, ShippedTemplates.locate()].compactMap { $0 })
        self.strict = strict
    }
}
