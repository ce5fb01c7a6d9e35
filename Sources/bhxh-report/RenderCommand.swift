import Foundation
import LocatedJSON
import TemplateEngine

/// `bhxh-report render TEMPLATE [--data FILE.json|-] [--partials DIR] [--strict] [--max-output SIZE]`: renders one
/// template with a JSON value and prints exactly the result — how anyone tries a template by hand.
struct RenderCommand: Command {
    let name = "render"
    let summary = "Render one template with a JSON value and print exactly the result (to try a template by hand)."
    let usage = "bhxh-report render TEMPLATE [--data FILE.json|-] [--partials DIR] [--strict] [--max-output SIZE]"
    let maximumPositionals = 1
    let options = [
        OptionSpec(name: "--data", value: "FILE", help: "the JSON value to render (any JSON value); - reads standard input"),
        OptionSpec(name: "--partials", value: "DIR", help: "where {{> name}} finds name.mustache (default: the template's folder)"),
        OptionSpec(name: "--strict", value: nil, help: "a name that resolves to nothing is an error, not a blank"),
        MaximumOutputOption.spec,
    ]

    /// Reads standard input when the data is "-".
    var readStandardInput: @Sendable () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }

    func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        guard let template = arguments.positionals.first else {
            throw UsageError(description: "render needs the template to render: bhxh-report render TEMPLATE [--data FILE.json]")
        }
        let maximumOutput = try MaximumOutputOption.value(in: arguments)
        var value = TemplateValue.null
        if let source = arguments["--data"] {
            let bytes: Data
            if source == "-" {
                bytes = readStandardInput()
            } else if let data = FileManager.default.contents(atPath: source) {
                bytes = data
            } else {
                console.message("\(source): error: the data file cannot be read")
                return 1
            }
            do {
                value = try JSONParser.parse(bytes: [UInt8](bytes)).templateValue
            } catch {
                console.message("\(source == "-" ? "<stdin>" : source):\(error.location): error: \(error.message)")
                return 1
            }
        }
        do {
            console.output(try TemplateLibrary.renderFile(at: template, partials: arguments["--partials"], value: value,
                                                          strict: arguments.has("--strict"), maximumOutput: maximumOutput))
            return 0
        } catch {
            console.message(error.description)
            return 1
        }
    }
}
