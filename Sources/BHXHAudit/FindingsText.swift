import VietnameseFormat

/// The findings for people: file by file, a line naming the table, then one line per finding as
/// `path:line: severity: unit, year, "heading": what the numbers give`, then a count. Text from the
/// files (names, headings, titles, paths) is shown through `TerminalText`, so a cell cannot send
/// escape sequences to the terminal or break a line.
public enum FindingsText {
    /// The whole report as text (problems reading files are not in it; they go with other errors).
    public static func render(_ report: AuditReport) -> String {
        String(decoding: bytes(report), as: UTF8.self)
    }

    /// The whole report as UTF-8, as `render` gives it, without making a `String` of it: what is
    /// written to the screen or a file (a table can have hundreds of thousands of findings).
    public static func bytes(_ report: AuditReport) -> [UInt8] {
        var text: [UInt8] = []
        for file in report.files {
            guard let table = file.table else {
                append("\(TerminalText.escaped(file.path)): not audited, the file could not be read\n\n", to: &text)
                continue
            }
            let title = table.titleLines.prefix(2).joined(separator: " — ")
            TerminalText.append("\(file.path)\(title.isEmpty ? "" : ": \(title)")", to: &text)
            append("\n  \(counted(table.rows.count, "row")), \(summary(of: [severityCounts(file.findings)]))\n", to: &text)
            // The findings' lines in chunks on all cores (a table can have hundreds of thousands), in order.
            let findings = file.findings
            let chunks = ChunkedWork.map(findings.count) { range in
                var lines: [UInt8] = []
                lines.reserveCapacity(range.count * 160)
                for index in range {
                    appendLine(for: findings[index], to: &lines)
                    lines.append(UInt8(ascii: "\n"))
                }
                return lines
            }
            text.reserveCapacity(text.count + chunks.reduce(0) { $0 + $1.count } + 4_096)
            for lines in chunks {
                text += lines
            }
            if file.cleanWithUnroundedCounts {
                append("  note: every finding above goes away if the counts of participants are rounded from unrounded "
                       + "targets (a plan with \"carry\": \"exact\"); if the table was made that way, audit it with --unrounded.\n",
                       to: &text)
            }
            text.append(UInt8(ascii: "\n"))
        }
        let audited = report.files.filter { $0.table != nil }.count
        let unread = report.files.count - audited
        append("\(counted(audited, "table")) audited: \(summary(of: report.files.map { severityCounts($0.findings) }))", to: &text)
        append(unread > 0 ? "; \(counted(unread, "file")) could not be read.\n" : ".\n", to: &text)
        return text
    }

    /// One finding: `path:line: severity: unit, year, "heading": explanation`, on one line, terminal-safe.
    public static func line(for finding: AuditFinding) -> String {
        var bytes: [UInt8] = []
        appendLine(for: finding, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `line(for: finding)` to `bytes`, piece by piece (each piece from the file made
    /// terminal-safe on its own, `TerminalText.append`).
    private static func appendLine(for finding: AuditFinding, to bytes: inout [UInt8]) {
        TerminalText.append(finding.path, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        NumberStyle.plain.append(FixedDecimal(Int64(finding.line)), to: &bytes)
        append(piece: ": ", to: &bytes)
        append(finding.severity.rawValue, to: &bytes)
        append(piece: ": ", to: &bytes)
        TerminalText.append(finding.unit, to: &bytes)
        if let year = finding.year {
            append(piece: ", ", to: &bytes)
            NumberStyle.plain.append(FixedDecimal(Int64(year)), to: &bytes)
        }
        append(piece: ", \"", to: &bytes)
        TerminalText.append(finding.heading, to: &bytes)
        append(piece: "\": ", to: &bytes)
        TerminalText.append(utf8: finding.explanationBytes, to: &bytes)
    }

    /// Appends text of our own (no cell in it) to `bytes`.
    private static func append(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends a fixed piece of a finding's line, copied as it is (there are eight a line).
    private static func append(piece: StaticString, to bytes: inout [UInt8]) {
        piece.withUTF8Buffer { bytes.append(contentsOf: $0) }
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
