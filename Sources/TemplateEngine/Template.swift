import LocatedJSON

/// A compiled template: parsed once into a tree, rendered any number of times (through a
/// `TemplateLibrary`, which supplies its partials). Immutable and safe to share between threads.
public struct Template: Sendable {
    /// The path (or name) shown in messages.
    public let path: String
    /// How `{{name}}` values are escaped, from the file name's output type.
    public let escaping: OutputEscaping
    /// The output type written before ".mustache" ("html"), used to find partials; nil for none.
    let typeExtension: String?
    /// The nodes.
    let body: TemplateBody

    /// Compiles `text`; `path` names it in messages and its file name gives the output type
    /// ("plan.html.mustache" → HTML escaping).
    public init(text: String, path: String) throws(TemplateError) {
        try self.init(bytes: Array(text.utf8), path: path)
    }

    /// Compiles UTF-8 bytes (a leading byte order mark is skipped).
    init(bytes: [UInt8], path: String) throws(TemplateError) {
        let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        let source = SourceFile(path: path, bytes: text)
        if let bad = UTF8Check.firstInvalidOffset(in: text) {
            throw source.error("the file is not valid UTF-8 text", at: bad)
        }
        self.path = path
        escaping = OutputEscaping(fileName: path)
        typeExtension = OutputEscaping.typeExtension(ofFileName: path)
        body = try TemplateParser.parse(source)
    }
}
