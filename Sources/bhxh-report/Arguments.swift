import BHXHInput

/// A usage mistake on the command line (exit code 2).
struct UsageError: Error, CustomStringConvertible {
    let description: String
}

/// One option a command accepts.
struct OptionSpec: Sendable {
    /// "--input".
    let name: String
    /// A placeholder for the value ("DIR"), or nil for a flag.
    let value: String?
    /// What it does, for --help.
    let help: String
}

/// The parsed arguments of one command: option values, flags and positional arguments.
struct ParsedArguments {
    private(set) var values: [String: String] = [:]
    private(set) var flags: Set<String> = []
    private(set) var positionals: [String] = []

    /// Parses `arguments` against `options`; unknown options get a suggestion.
    init(_ arguments: [String], options: [OptionSpec], maximumPositionals: Int) throws(UsageError) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                positionals += arguments[index...]
                break
            }
            guard argument.hasPrefix("-"), argument != "-" else {
                positionals.append(argument)
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let spec = options.first(where: { $0.name == name }) else {
                let hint = closestOption(to: name, in: options).map { "; did you mean \($0)?" } ?? ""
                throw UsageError(description: "unknown option \(name)\(hint)")
            }
            if let placeholder = spec.value {
                if let inlineValue {
                    values[name] = inlineValue
                } else if index < arguments.count {
                    values[name] = arguments[index]
                    index += 1
                } else {
                    throw UsageError(description: "\(name) needs a value (\(name) \(placeholder))")
                }
            } else {
                if inlineValue != nil { throw UsageError(description: "\(name) takes no value") }
                flags.insert(name)
            }
        }
        if positionals.count > maximumPositionals {
            let extra = positionals[maximumPositionals]
            throw UsageError(description: maximumPositionals == 0
                ? "unexpected argument \"\(extra)\"" : "too many arguments (unexpected \"\(extra)\")")
        }
    }

    /// The value of an option.
    subscript(option: String) -> String? { values[option] }

    /// True when a flag was given.
    func has(_ flag: String) -> Bool { flags.contains(flag) }
}

/// The option closest to a mistyped one.
func closestOption(to name: String, in options: [OptionSpec]) -> String? {
    Suggestion.closest(to: name, among: options.map(\.name))
}
