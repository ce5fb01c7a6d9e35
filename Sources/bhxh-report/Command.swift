/// One subcommand of `bhxh-report`: its name, options, help and what it does.
protocol Command: Sendable {
    /// The word that selects it ("build").
    var name: String { get }
    /// One line for the command list.
    var summary: String { get }
    /// The usage line ("bhxh-report build [OPTIONS]").
    var usage: String { get }
    /// The options it accepts.
    var options: [OptionSpec] { get }
    /// How many positional arguments it takes at most.
    var maximumPositionals: Int { get }
    /// Runs it; returns the exit status. Throws for usage mistakes found after parsing.
    func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32
}

extension Command {
    /// The text of `bhxh-report COMMAND --help`.
    var help: String {
        var text = "\(summary)\n\nUSAGE\n  \(usage)\n"
        if !options.isEmpty {
            text += "\nOPTIONS\n"
            for option in options {
                let left = option.value.map { "\(option.name) \($0)" } ?? option.name
                text += "  \(left.padding(toLength: 26, withPad: " ", startingAt: 0))\(option.help)\n"
            }
        }
        return text
    }
}
