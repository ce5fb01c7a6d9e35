import DelimitedText
import VietnameseFormat

/// The findings for machines: RFC 4180 CSV with the header
/// `file,line,unit,year,measure,stated,computed,finding`, numbers with "." decimals and no grouping;
/// control characters in a file name or a unit are written as `TerminalText` shows them, since the
/// CSV may go to the screen.
public enum FindingsCSV {
    /// The header row's cells.
    public static let header = ["file", "line", "unit", "year", "measure", "stated", "computed", "finding"]

    /// The CSV bytes of `findings`, CR LF after each record; with a byte order mark for a file
    /// Excel opens, without one for a terminal or a pipe.
    public static func bytes(_ findings: [AuditFinding], byteOrderMark: Bool) -> [UInt8] {
        var writer = DelimitedTextWriter(separator: .comma, byteOrderMark: byteOrderMark)
        writer.write(header.map { .text($0) })
        for finding in findings {
            writer.write([
                .text(TerminalText.escaped(finding.path)),
                .number(String(finding.line)),
                .text(TerminalText.escaped(finding.unit)),
                .number(finding.year.map(String.init) ?? ""),
                .text(finding.measure),
                .number(plain(finding.stated)),
                .number(finding.computed.map { NumberStyle.plain.format($0, decimals: finding.computedPlaces) } ?? ""),
                .text(finding.kind.rawValue),
            ])
        }
        return writer.bytes
    }

    /// A stated figure with "." decimals, from its integers when it has them.
    private static func plain(_ figure: ShownNumber) -> String {
        figure.fixed.map { NumberStyle.plain.format($0, decimals: figure.places) }
            ?? NumberStyle.plain.format(figure.value, decimals: figure.places)
    }
}
