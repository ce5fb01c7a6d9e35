import TemplateEngine

/// `--max-output SIZE`, shared by `render` and `build`: how large one rendered page or document may
/// grow before rendering stops with an error (default 256 MB).
enum MaximumOutputOption {
    /// The option as `--help` lists it.
    static let spec = OptionSpec(
        name: "--max-output", value: "SIZE",
        help: "stop with an error when one rendered page passes SIZE (default \(ByteSize.text(TemplateLibrary.defaultMaximumOutput)); e.g. 64MB, 512KB, 1GB)")

    /// The limit given on the command line, or the default; a size that cannot be read is a usage error.
    static func value(in arguments: ParsedArguments) throws(UsageError) -> Int {
        guard let text = arguments[spec.name] else { return TemplateLibrary.defaultMaximumOutput }
        guard let bytes = ByteSize.parse(text) else {
            throw UsageError(description: "--max-output needs a size such as 256MB, 512KB or 1GB, not \"\(text)\"")
        }
        return bytes
    }
}
