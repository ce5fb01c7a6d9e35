/// The shipped register could not be read: which file, and what to do about it.
public struct RegisterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file, as a path the user can look for.
    public var path: String
    /// What is wrong, in plain words.
    public var message: String

    /// Creates an error.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// "path: error: message".
    public var description: String { "\(path): error: \(message)" }
}
