import BHXHBuild
import BHXHOutput
import Dispatch
import Foundation

/// `bhxh-report [build]`: builds the project folder into the output folder.
struct BuildCommand: Command {
    let name = "build"
    let summary = "Build every plan, report, table and page of a project into the output folder (the default)."
    let usage = "bhxh-report [build] [--input DIR] [--output DIR] [--force] [--templates DIR] [--csv-dialect rfc4180|vi] [--formats LIST] [--strict] [--quiet] [--max-output SIZE]"
    let maximumPositionals = 0
    let options = [
        ProjectOptions.input,
        OptionSpec(name: "--output", value: "DIR", help: "where to write (default: output); replaced as a whole, only when the build succeeds; never the project, a folder in it or one holding it"),
        OptionSpec(name: "--force", value: nil, help: "replace --output even when it holds files no build wrote (see docs/OUTPUT.md)"),
        OptionSpec(name: "--templates", value: "DIR", help: "your own templates, used before the shipped ones (see docs/TEMPLATES.md)"),
        OptionSpec(name: "--csv-dialect", value: "NAME", help: "rfc4180: \",\" and 21.51 (default); vi: \";\" and 21,51 for Excel set to Vietnamese"),
        OptionSpec(name: "--formats", value: "LIST", help: "the files to write for each plan and report, separated by commas: html (the pages and the site), md, csv, docx, xlsx (default: all)"),
        ProjectOptions.strict,
        OptionSpec(name: "--quiet", value: nil, help: "print only problems, no progress"),
        MaximumOutputOption.spec,
    ]

    func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let started = DispatchTime.now().uptimeNanoseconds
        let input = arguments["--input"] ?? "input"
        let output = arguments["--output"] ?? "output"
        guard !output.isEmpty else { throw UsageError(description: "--output needs the name of a folder") }
        var dialect = CSVDialect.rfc4180
        if let name = arguments["--csv-dialect"] {
            guard let chosen = CSVDialect(rawValue: name) else {
                throw UsageError(description: "unknown CSV dialect \"\(name)\"; use rfc4180 or vi")
            }
            dialect = chosen
        }
        var request = BuildRequest(
            input: URL(fileURLWithPath: input), inputDisplayPath: input, output: URL(fileURLWithPath: output),
            templates: arguments["--templates"].map { URL(fileURLWithPath: $0) }, csvDialect: dialect,
            strict: arguments.has("--strict"), outputDisplayPath: output, force: arguments.has("--force"))
        request.options.maximumPageBytes = try MaximumOutputOption.value(in: arguments)
        if let list = arguments["--formats"] {
            switch OutputFormat.parse(list) {
            case .success(let formats): request.options.formats = formats
            case .failure(let error): throw UsageError(description: error.description)
            }
        }
        let quiet = arguments.has("--quiet")
        let outcome = Pipeline.build(request) { line in
            if !quiet { console.message(line) }
        }
        DiagnosticPrinter(console: console).print(outcome.diagnostics, strict: request.strict)
        switch outcome.failure {
        case .refused(let reason):
            console.message("bhxh-report: error: \(reason)")
            return 2
        case .busy(let reason):
            console.message("bhxh-report: error: \(reason)")
            return 3
        case .input:
            console.message("Nothing was written; \(output)/ is unchanged.")
            return 1
        case .output(let reason):
            console.message(reason)
            console.message("Nothing was written; \(output)/ is unchanged.")
            return 1
        case nil:
            if !quiet {
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
                console.message("Built \(counted(outcome.plans, "plan")) and \(counted(outcome.reports, "report")): \(counted(outcome.files, "file")), \(kilobytes(outcome.bytes)) in \(String(format: "%.2f", seconds)) s → \(output)/")
            }
            return 0
        }
    }

    private func kilobytes(_ bytes: Int) -> String {
        bytes < 10_000_000 ? "\((bytes + 512) / 1024) KB" : "\((bytes + 524_288) / 1_048_576) MB"
    }
}

/// `bhxh-report validate`: checks a project and computes its figures, writing nothing.
struct ValidateCommand: Command {
    let name = "validate"
    let summary = "Check a project's units, data, plans and reports and compute every figure, writing nothing."
    let usage = "bhxh-report validate [--input DIR] [--strict]"
    let maximumPositionals = 0
    let options = [ProjectOptions.input, ProjectOptions.strict]

    func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let input = arguments["--input"] ?? "input"
        let strict = arguments.has("--strict")
        let (figures, diagnostics) = Pipeline.check(input: URL(fileURLWithPath: input), displayPath: input, strict: strict)
        DiagnosticPrinter(console: console).print(diagnostics, strict: strict)
        guard let figures else { return 1 }
        console.message("\(input)/ is valid: \(counted(figures.plans.count, "plan")) and \(counted(figures.reports.count, "report")) computed.")
        return 0
    }
}

/// "1 plan", "2 plans".
func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}

/// Options shared by the commands that read a project.
enum ProjectOptions {
    static let input = OptionSpec(name: "--input", value: "DIR", help: "the project folder (default: input)")
    static let strict = OptionSpec(name: "--strict", value: nil, help: "treat warnings as errors")
}
