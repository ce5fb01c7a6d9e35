import TemplateEngine

/// Why the output could not be made: a template that does not parse or render, or a file that
/// cannot be written.
public enum OutputError: Error, Sendable, CustomStringConvertible {
    /// A template problem, located in the template (`templates/plan.html.mustache:41:7: error: …`).
    case template(TemplateError)
    /// A file or folder that cannot be written.
    case publish(PublishError)
    /// A Word or Excel file that could not be assembled (a bug of the tool, never of the input).
    case office(String)

    public var description: String {
        switch self {
        case .template(let error): return error.description
        case .publish(let error): return "error: \(error.description)"
        case .office(let problem): return "error: \(problem)"
        }
    }
}
