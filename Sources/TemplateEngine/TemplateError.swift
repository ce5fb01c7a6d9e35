import LocatedJSON

/// What went wrong while loading, parsing or rendering a template, and where: the one error type
/// of the engine. Its `description` reads like a compiler message:
///
///     templates/plan.html.mustache:41:7: error: section "units" opened here is never closed
///           {{#units}}
///           ^
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The template's path (or name, for templates not loaded from a file).
    public var template: String
    /// Where in the template; nil when the problem is not at one place, e.g. a missing file.
    public var location: SourceLocation?
    /// What is wrong, in plain words.
    public var message: String
    /// The text of the line at `location`, shown under the message with a caret.
    public var sourceLine: String?

    /// Creates an error.
    public init(template: String, location: SourceLocation? = nil, message: String, sourceLine: String? = nil) {
        self.template = template
        self.location = location
        self.message = message
        self.sourceLine = sourceLine
    }

    /// The line of the problem, starting at 1, when it is at one place.
    public var line: Int? { location?.line }

    /// The column of the problem (counting Unicode characters), when it is at one place.
    public var column: Int? { location?.column }

    /// "path:line:column: error: message", then the source line and a caret under the column.
    public var description: String {
        guard let location else { return "\(template): error: \(message)" }
        var text = "\(template):\(location.line):\(location.column): error: \(message)"
        if let sourceLine {
            text += "\n" + sourceLine + "\n" + Self.caretLine(under: location.column, in: sourceLine)
        }
        return text
    }

    /// Spaces up to `column` (keeping the line's tabs so the caret lines up), then "^".
    private static func caretLine(under column: Int, in line: String) -> String {
        var padding = ""
        for scalar in line.unicodeScalars.prefix(max(0, column - 1)) {
            padding.append(scalar == "\t" ? "\t" : " ")
        }
        return padding + "^"
    }
}
