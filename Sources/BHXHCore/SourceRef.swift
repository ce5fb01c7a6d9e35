/// Where a piece of input came from: a file as the user named it, and a line and column in it.
/// Core types carry these so that problems found while computing can still point at the input.
public struct SourceRef: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The path as the user gave it (e.g. "input/data/2020.csv").
    public var path: String
    /// 1-based line; 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based column; 0 when the problem concerns the whole line or file.
    public var column: Int

    /// Creates a reference.
    public init(path: String, line: Int = 0, column: Int = 0) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// "path:line:column", leaving out the parts that are 0.
    public var description: String {
        if line == 0 { return path }
        if column == 0 { return "\(path):\(line)" }
        return "\(path):\(line):\(column)"
    }

    public static func < (lhs: SourceRef, rhs: SourceRef) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}

/// A problem found in the input: an error stops the build, a warning is printed
/// (and stops it too under `--strict`).
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious the problem is.
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    /// Error or warning.
    public var severity: Severity
    /// What is wrong and, where possible, what to do, in words an officer understands.
    public var message: String
    /// Where it is, when it can be said.
    public var location: SourceRef?

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: String, at location: SourceRef?) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    /// "path:line:column: error: message".
    public var description: String {
        let prefix = location.map { "\($0): " } ?? ""
        return "\(prefix)\(severity.rawValue): \(message)"
    }
}
