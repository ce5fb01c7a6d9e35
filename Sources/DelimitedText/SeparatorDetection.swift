/// Chooses the separator of a file from its first lines.
///
/// Each candidate (comma, semicolon, tab) splits the records that start on the first
/// `sampleLines` lines, counting only separators outside quotes, and skipping blank records.
/// Its usual field count is the count of the records that cover the most lines (on a tie, the
/// larger count). The candidate whose usual count is above 1 and covers the most lines wins; on
/// a tie, the one with the larger usual count; then comma, semicolon, tab (the order of
/// `DelimitedSeparator.allCases`). Lines, not records, are counted so that a wrong candidate
/// cannot win by cutting a quoted cell that spans lines into several records. A candidate's
/// sample ends early at a quote it never sees closed. When no candidate splits anything, the
/// file has one column (comma).
enum SeparatorDetection {
    /// Records starting on lines 1 to `sampleLines` are looked at.
    static let sampleLines = 100

    /// The separator of the UTF-8 text in `bytes` that begins at `start`.
    static func detect(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> DelimitedSeparator {
        var best = (separator: DelimitedSeparator.comma, lines: 0, fields: 1)
        for candidate in DelimitedSeparator.allCases {
            let usual = usualFieldCount(sample(bytes, from: start, separator: candidate))
            if usual.fields > 1 && (usual.lines, usual.fields) > (best.lines, best.fields) {
                best = (candidate, usual.lines, usual.fields)
            }
        }
        return best.separator
    }

    /// The field count of each non-blank record in the sample, with the lines the record spans.
    private static func sample(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                               separator: DelimitedSeparator) -> [(fields: Int, lines: Int)] {
        var scanner = FieldScanner(bytes: bytes, separator: separator, start: start)
        var records: [(fields: Int, lines: Int)] = []
        while scanner.line <= sampleLines && !scanner.isAtEnd {
            let firstLine = scanner.line
            var fields = 0
            var blank = true
            var terminator = FieldScanner.Terminator.separator
            while terminator == .separator {
                guard let field = try? scanner.next() else { return records }
                fields += 1
                blank = blank && field.range.isEmpty
                terminator = field.terminator
            }
            // After a line break `line` is already the next record's line.
            let lines = scanner.line - firstLine + (terminator == .endOfText ? 1 : 0)
            if !blank { records.append((fields, lines)) }
        }
        return records
    }

    /// The field count whose records span the most lines (the larger count on a tie), and those lines.
    private static func usualFieldCount(_ records: [(fields: Int, lines: Int)]) -> (fields: Int, lines: Int) {
        var best = (fields: 0, lines: 0)
        let sorted = records.sorted { $0.fields < $1.fields }
        var index = 0
        while index < sorted.count {
            let fields = sorted[index].fields
            var lines = 0
            while index < sorted.count && sorted[index].fields == fields {
                lines += sorted[index].lines
                index += 1
            }
            if lines >= best.lines { best = (fields, lines) }
        }
        return best
    }
}
