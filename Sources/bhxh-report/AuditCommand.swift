import BHXHAudit
import BHXHCore
import Foundation

/// `bhxh-report audit TABLE.csv…`: re-checks appendix tables typed by hand.
struct AuditCommand: Command {
    let name = "audit"
    let summary = "Re-check appendix tables typed by hand: totals, coverage, growth, agency rows, tables against each other."
    let usage = """
        bhxh-report audit TABLE.csv… [--format text|csv] [--output FILE] [--unrounded]

        Reads each table as people type it (title lines, two heading rows, TT-numbered units, the
        "BHXH tỉnh" row, the "Toàn tỉnh" row; "-" for none; 4.466 or 4,466; 21,51 or 21.51 or 15%),
        in any CSV form Excel saves, and reports every figure its own numbers contradict. Tables given
        together are taken as the tables of one plan. See docs/AUDIT.md.

        FINDINGS (each "major", or "rounding" when within one unit of the last digit shown)
          total_mismatch              a total that is not the sum of its rows
          coverage_mismatch           a % that is not participants ÷ labour force × 100, rounded half up
          sum_of_percentages          a total % that adds up the rows' percentages
          growth_mismatch             a growth (or a "15%" label) that is not the growth of the numbers
          agency_has_labour_force     an agency row ("BHXH tỉnh") with a labour force
          inconsistent_across_tables  a labour force that differs between tables of the same plan

        EXIT STATUS
          0 nothing found; 1 findings, or a file that cannot be read; 2 wrong usage

        EXAMPLES
          bhxh-report audit phu-luc-1.csv phu-luc-2.csv phu-luc-3.csv
          bhxh-report audit --format csv --output findings.csv phu-luc-*.csv
        """
    let maximumPositionals = Int.max
    let options = [
        OptionSpec(name: "--format", value: "NAME", help: "text: for people (default); csv: file,line,unit,year,measure,stated,computed,finding"),
        OptionSpec(name: "--output", value: "FILE", help: "write the findings to FILE instead of the screen (CSV with a byte order mark, for Excel)"),
        OptionSpec(name: "--unrounded", value: nil, help: "the counts are rounded from unrounded targets (a plan with \"carry\": \"exact\")"),
    ]

    func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        guard !arguments.positionals.isEmpty else {
            throw UsageError(description: "audit needs the tables to check, e.g. bhxh-report audit phu-luc-1.csv phu-luc-2.csv")
        }
        let csv: Bool
        switch arguments["--format"] ?? "text" {
        case "text": csv = false
        case "csv": csv = true
        case let other: throw UsageError(description: "unknown format \"\(other)\"; use text or csv")
        }
        var inputs: [Audit.Input] = []
        var unreadable: [Diagnostic] = []
        for path in arguments.positionals {
            do {
                inputs.append(Audit.Input(path: path, bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))))
            } catch {
                unreadable.append(Diagnostic(.error, "cannot open the file: \(Self.reason(error))", at: SourceRef(path: path)))
            }
        }
        let report = Audit.run(inputs, options: AuditOptions(unroundedCounts: arguments.has("--unrounded")))
        DiagnosticPrinter(console: console).print(unreadable + report.problems, strict: false)
        let output = arguments["--output"]
        if csv {
            let bytes = FindingsCSV.bytes(report.findings, byteOrderMark: output != nil)
            guard write(bytes, to: output, console: console) else { return 1 }
        } else {
            guard write(FindingsText.bytes(report), to: output, console: console) else { return 1 }
        }
        if let output { console.message("Wrote \(report.findings.count) finding\(report.findings.count == 1 ? "" : "s") to \(output).") }
        return report.isClean && unreadable.isEmpty ? 0 : 1
    }

    /// Writes `bytes` to the file `path`, or to standard output when there is none; false (and an
    /// error printed) when the file cannot be written.
    private func write(_ bytes: [UInt8], to path: String?, console: Console) -> Bool {
        guard let path else {
            console.output(bytes: bytes)
            return true
        }
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
            return true
        } catch {
            console.message("\(path): error: cannot write the findings: \(Self.reason(error))")
            return false
        }
    }

    /// The system's reason, without Foundation's wrapping.
    private static func reason(_ error: any Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        return underlying?.localizedDescription ?? error.localizedDescription
    }
}
