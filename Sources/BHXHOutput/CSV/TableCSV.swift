import BHXHCore
import DelimitedText

/// Writes an official table as CSV: title lines, the two header rows (a group's title over each
/// of its columns, a lone column's title in the first row), then the rows and the table's note,
/// when it has one. Unknown figures are "-".
enum TableCSV {
    /// The CSV bytes (UTF-8 with BOM, CRLF) of `table` under `titleLines`.
    static func bytes(_ table: Table, titleLines: [String], dialect: CSVDialect) -> [UInt8] {
        let width = table.columns.count
        var writer = DelimitedTextWriter(separator: dialect.separator)
        func padded(_ cells: [DelimitedCell]) -> [DelimitedCell] {
            cells + Array(repeating: .text(""), count: max(0, width - cells.count))
        }
        for line in titleLines { writer.write(padded([.text(line)])) }
        var groupRow: [DelimitedCell] = []
        var columnRow: [DelimitedCell] = []
        for group in table.groups {
            for column in group.columns {
                groupRow.append(.text(group.title ?? column.title))
                columnRow.append(.text(group.title == nil ? "" : column.title))
            }
        }
        writer.write(groupRow)
        writer.write(columnRow)
        for row in table.rows {
            writer.write(row.cells.map { cell in
                switch cell {
                case .text(let text):
                    return .text(text)
                case .number(let value, let decimals):
                    // Our own digits (or "-" for unknown), written as they are.
                    return .number(value.map { dialect.numberStyle.format($0, decimals: decimals) } ?? "-")
                }
            })
        }
        if let note = table.note { writer.write(padded([.text(note)])) }
        return writer.bytes
    }
}
