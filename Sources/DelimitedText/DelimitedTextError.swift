/// A delimited text file that could not be read: where and what, in plain words.
public struct DelimitedTextError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line of the problem.
    public var line: Int
    /// The 1-based column of the problem, counted in Unicode characters.
    public var column: Int
    /// What is wrong, in words an office worker understands.
    public var message: String

    /// Creates an error.
    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// "line:column: message", to follow a file path.
    public var description: String { "\(line):\(column): \(message)" }
}
