/// The findings for people: file by file, a line naming the table, then one line per finding as
/// `path:line: severity: unit, year, "heading": what the numbers give`, then a count. Text from the
/// files (names, headings, titles, paths) is shown through `TerminalText`, so a cell cannot send
/// escape sequences to the terminal or break a line.
public enum FindingsText {
    /// The whole report as text (problems reading files are not in it; they go with other errors).
    public static func render(_ report: AuditReport) -> String {
        var text = ""
        for file in report.files {
            guard let table = file.table else {
                text += "\(TerminalText.escaped(file.path)): not audited, the file could not be read\n\n"
                continue
            }
            let title = table.titleLines.prefix(2).joined(separator: " — ")
            text += TerminalText.escaped("\(file.path)\(title.isEmpty ? "" : ": \(title)")") + "\n"
            text += "  \(counted(table.rows.count, "row")), \(summary(of: [severityCounts(file.findings)]))\n"
            // The findings' lines in chunks on all cores (a table can have hundreds of thousands), in order.
            let findings = file.findings
            for lines in ChunkedWork.map(findings.count, { range in
                findings[range].reduce(into: "") { text, finding in
                    text += line(for: finding)
                    text += "\n"
                }
            }) {
                text += lines
            }
            if file.cleanWithUnroundedCounts {
                text += "  note: every finding above goes away if the counts of participants are rounded from unrounded "
                    + "targets (a plan with \"carry\": \"exact\"); if the table was made that way, audit it with --unrounded.\n"
            }
            text += "\n"
        }
        let audited = report.files.filter { $0.table != nil }.count
        let unread = report.files.count - audited
        text += "\(counted(audited, "table")) audited: \(summary(of: report.files.map { severityCounts($0.findings) }))"
        text += unread > 0 ? "; \(counted(unread, "file")) could not be read.\n" : ".\n"
        return text
    }

    /// One finding: `path:line: severity: unit, year, "heading": explanation`, on one line, terminal-safe.
    public static func line(for finding: AuditFinding) -> String {
        // Appended piece by piece into one string of the right size (a table can have hundreds of
        // thousands of findings).
        var text = ""
        text.reserveCapacity(finding.path.utf8.count + finding.unit.utf8.count + finding.heading.utf8.count
                             + finding.explanation.utf8.count + 40)
        text += finding.path
        text += ":"
        text += String(finding.line)
        text += ": "
        text += finding.severity.rawValue
        text += ": "
        text += finding.unit
        if let year = finding.year {
            text += ", "
            text += String(year)
        }
        text += ", \""
        text += finding.heading
        text += "\": "
        text += finding.explanation
        return TerminalText.escaped(text)
    }

    /// "no findings" or "22 findings (14 major, 8 rounding)", from the `severityCounts` of each file.
    private static func summary(of files: [[Int]]) -> String {
        let severities = AuditFinding.Severity.allCases
        let counts = severities.indices.map { index in files.reduce(0) { $0 + $1[index] } }
        let total = counts.reduce(0, +)
        guard total > 0 else { return "no findings" }
        let parts = zip(severities, counts).compactMap { severity, count -> String? in
            count == 0 ? nil : "\(count) \(severity.rawValue)"
        }
        return "\(counted(total, "finding")) (\(parts.joined(separator: ", ")))"
    }

    /// How many of `findings` have each severity, in the order of `Severity.allCases` (counted
    /// without copying the findings: a table of 100.000 rows can have hundreds of thousands).
    private static func severityCounts(_ findings: [AuditFinding]) -> [Int] {
        var counts = Array(repeating: 0, count: AuditFinding.Severity.allCases.count)
        for index in findings.indices {
            counts[AuditFinding.Severity.allCases.firstIndex(of: findings[index].severity) ?? 0] += 1
        }
        return counts
    }

    private static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
