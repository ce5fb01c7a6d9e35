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
    /// The user's templates folder, searched before the shipped ones.
    public var templates: URL?
    /// Choices shaping the files.
    public var options: OutputOptions
    /// Warnings stop the build as errors do.
    public var strict: Bool

    /// Creates a request.
    public init(input: URL, inputDisplayPath: String, output: URL, templates: URL? = nil,
                options: OutputOptions = OutputOptions(), strict: Bool = false) {
        self.input = input
        self.inputDisplayPath = inputDisplayPath
        self.output = output
        self.templates = templates
        self.options = options
        self.strict = strict
    }
}
