/// Reads delimited text (CSV) as Excel and other tools save it. See docs/CSV.md for the rules.
public enum DelimitedTextReader {
    /// Reads a whole file: detects its encoding and separator, and returns its non-blank records.
    /// An empty file has no records; invalid text and a quote that is never closed are errors.
    public static func read(_ bytes: [UInt8]) throws(DelimitedTextError) -> DelimitedDocument {
        try read(bytes, separator: nil)
    }

    /// Reads a whole file like `read(_:)`, splitting at `separator` when it is given instead of
    /// detecting it (for files whose separator is known, e.g. written by `DelimitedTextWriter`).
    public static func read(_ bytes: [UInt8], separator: DelimitedSeparator?)
        throws(DelimitedTextError) -> DelimitedDocument {
        let text = try DecodedText(bytes)
        return try text.bytes.withUnsafeBufferPointer { (buffer) throws(DelimitedTextError) in
            let separator = separator ?? SeparatorDetection.detect(in: buffer, from: text.start)
            let records = try readRecords(buffer, from: text.start, separator: separator)
            return DelimitedDocument(records: records, separator: separator, encoding: text.encoding)
        }
    }

    private static func readRecords(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int,
                                    separator: DelimitedSeparator) throws(DelimitedTextError) -> [DelimitedRecord] {
        var scanner = FieldScanner(bytes: buffer, separator: separator, start: start)
        var records: [DelimitedRecord] = []
        var width = 0
        while !scanner.isAtEnd {
            let line = scanner.line
            var fields: [String] = []
            fields.reserveCapacity(width)
            var blank = true
            var endsRecord = false
            while !endsRecord {
                let field: FieldScanner.Field
                do {
                    field = try scanner.next()
                } catch {
                    throw TextLocation.error("the text in quotes that starts here never ends: a closing \" is missing",
                                             at: error.offset, in: buffer, textStart: start)
                }
                let text: String? = field.isAssembled
                    ? scanner.assembled.withUnsafeBufferPointer { FieldText.make($0, highBits: field.highBits) }
                    : FieldText.make(UnsafeBufferPointer(rebasing: buffer[field.range]), highBits: field.highBits)
                guard let text else {
                    let offset = TextLocation.firstInvalidUTF8(in: buffer, from: field.rawStart) ?? field.rawStart
                    throw TextLocation.error(
                        "this is not UTF-8 text; the file may be in an old encoding (such as TCVN3 or Windows-1258) "
                            + "— open it in Excel and save it again as \"CSV UTF-8\"",
                        at: offset, in: buffer, textStart: start)
                }
                blank = blank && text.isEmpty
                fields.append(text)
                endsRecord = field.endsRecord
            }
            width = fields.count
            if !blank { records.append(DelimitedRecord(line: line, fields: fields)) }
        }
        return records
    }
}
