import DelimitedText

/// Rows of an input CSV must be exactly as wide as its header: a row with more cells has a
/// separator inside a cell that was not quoted (an unquoted "29,849" shifts every later column),
/// a row with fewer lost cells. Empty cells past the header (Excel's trailing separators) are fine.
enum RowWidth {
    /// Why `record` of `table` cannot be read against a header of `headerWidth` columns; nil when it can.
    static func problem(_ record: Int, of table: DelimitedTable, headerWidth: Int) -> String? {
        let cells = table.width(record)
        if cells > headerWidth {
            return "this row has \(cells) cells but the first row names \(headerWidth) columns, so its cells "
                + "would land in the wrong columns; \(tooManyHint(table.record(record), separator: table.separator))"
        }
        if table.cellCount(record) < headerWidth {
            return "this row has \(table.cellCount(record)) cells but the first row names \(headerWidth) columns; "
                + "give every column a cell (leave it empty, or write \"-\", when a figure is unknown)"
        }
        return nil
    }

    /// The likely cause of extra cells, in the file's own terms.
    private static func tooManyHint(_ record: DelimitedRecord, separator: DelimitedSeparator) -> String {
        switch separator {
        case .comma:
            let example = groupedNumber(in: record.fields).map { " (perhaps \"\($0)\")" } ?? ""
            return "a number or a name with a comma inside\(example) must be in quotes, "
                + "or save the file with \";\" between cells"
        case .semicolon:
            return "a cell with a \";\" inside must be in quotes"
        case .tab:
            return "a cell with a tab inside must be in quotes"
        }
    }

    /// The first two neighbouring cells that read as one number split at a thousands comma
    /// ("29" then "849"), joined again; nil when there are none.
    private static func groupedNumber(in fields: [String]) -> String? {
        func isDigits(_ text: String, _ counts: ClosedRange<Int>) -> Bool {
            counts.contains(text.utf8.count) && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
        }
        for index in fields.indices.dropLast() where isDigits(fields[index], 1...3) && isDigits(fields[index + 1], 3...3) {
            return "\(fields[index]),\(fields[index + 1])"
        }
        return nil
    }
}
