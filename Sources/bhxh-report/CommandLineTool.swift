import BHXHInput
import Foundation

/// The `bhxh-report` command: picks the subcommand, parses its options and turns the result
/// into an exit status — 0 done, 1 the input (or output folder) is wrong, 2 a usage mistake or
/// an output folder that must not be replaced, 3 another build is writing the same output.
struct CommandLineTool {
    /// The version printed by `--version`.
    static let version = "0.1.0"

    let console: Console

    /// The subcommands, in the order `--help` lists them.
    static let commands: [any Command] = [
        BuildCommand(), ValidateCommand(), AuditCommand(), RenderCommand(), SampleCommand(), InitCommand(),
    ]

    /// Runs the command line (without the program name) and returns the exit status.
    func run(_ arguments: [String]) -> Int32 {
        var arguments = arguments
        let first = arguments.first
        if first == "--version" {
            console.output("bhxh-report \(Self.version)\n")
            return 0
        }
        if first == "--help" || first == "-h" || first == "help" {
            let topic = first == "help" ? arguments.dropFirst().first : nil
            if let topic, let command = Self.commands.first(where: { $0.name == topic }) {
                console.output(command.help)
            } else {
                console.output(Self.overview)
            }
            return 0
        }
        var command: any Command = BuildCommand()
        if let name = first, !name.hasPrefix("-") {
            guard let match = Self.commands.first(where: { $0.name == name }) else {
                let hint = Suggestion.closest(to: name, among: Self.commands.map(\.name)).map { "; did you mean \"\($0)\"?" } ?? ""
                return usageError("unknown command \"\(name)\"\(hint)")
            }
            command = match
            arguments.removeFirst()
        }
        if arguments.contains("--help") || arguments.contains("-h") {
            console.output(command.help)
            return 0
        }
        do {
            let parsed = try ParsedArguments(arguments, options: command.options, maximumPositionals: command.maximumPositionals)
            return try command.run(parsed, console: console)
        } catch {
            return usageError(error.description, command: command)
        }
    }

    private func usageError(_ message: String, command: (any Command)? = nil) -> Int32 {
        console.message("bhxh-report: error: \(message)")
        console.message("Run \"bhxh-report \(command.map { "\($0.name) " } ?? "")--help\" to see how it is used.")
        return 2
    }

    /// The text of `bhxh-report --help`.
    static var overview: String {
        var text = """
        bhxh-report — plans and results reports for social-insurance coverage targets

        USAGE
          bhxh-report [COMMAND] [OPTIONS]

        With no command it builds the project in input/ into output/.

        COMMANDS

        """
        for command in commands {
            text += "  \(command.name.padding(toLength: 10, withPad: " ", startingAt: 0))\(command.summary)\n"
        }
        text += """

        EXAMPLES
          bhxh-report                              build input/ into output/
          bhxh-report build --input tinh-x --output site --csv-dialect vi
          bhxh-report validate --input tinh-x      check the input only, write nothing
          bhxh-report audit phu-luc-*.csv          re-check tables typed by hand
          bhxh-report render templates/table.md.mustache --data table.json
          bhxh-report sample --national national   the whole country, figures made up, to try at full size
          bhxh-report init lang-son --province "lang son"   start a province's project from the official register

        Run "bhxh-report help COMMAND" for a command's options. Documentation: docs/ in the project.
        Exit status: 0 done, 1 the input has errors (each shown as file:line:column), 2 wrong usage or an
        output folder that must not be replaced (see docs/OUTPUT.md), 3 another build is writing that folder.

        """
        return text
    }
}
