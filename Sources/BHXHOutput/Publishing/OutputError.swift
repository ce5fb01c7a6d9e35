import OfficePackage
import TemplateEngine

/// Why the output could not be made: a template that does not parse or render, or a file that
/// cannot be written.
public enum OutputError: Error, Sendable, CustomStringConvertible {
    /// A template problem, located in the template (`templates/plan.html.mustache:41:7: error: …`).
    case template(TemplateError)
    /// A file or folder that cannot be written.
    case publish(PublishError)
    /// A Word or Excel package the writer could not complete (a bug of the tool, not of the input).
    case office(OfficePackageError)

    public var description: String {
        switch self {
        case .template(let error): return error.description
        case .publish(let error): return "error: \(error.description)"
        case .office(let error): return "error: \(error.description)"
        }
    }
}
