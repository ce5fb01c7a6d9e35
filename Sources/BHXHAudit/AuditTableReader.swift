import BHXHCore
import DelimitedText
import VietnameseFormat

/// What reading one file gave: the table, when it could be read, and every problem found.
public struct AuditTableReading: Sendable {
    /// The table; nil when the file is not a table audit can read.
    public var table: AuditTable?
    /// Problems, each at its file:line:column: the file cannot be read, or a cell is not a number.
    public var problems: [Diagnostic]
}

/// Reads appendix tables as people type them, in any CSV form the project reads (UTF-8 with or
/// without BOM, UTF-16, comma, semicolon or tab): title lines, headings, unit, agency and total
/// rows, "-" for no figure, counts in any grouping and percentages with a decimal comma or point.
public enum AuditTableReader {
    /// Reads the table in `bytes`; `path` is the file as the user named it, for locations.
    public static func read(_ bytes: [UInt8], path: String) -> AuditTableReading {
        let document: DelimitedDocument
        do {
            document = try DelimitedTextReader.read(bytes)
        } catch {
            return failure(error.message, path: path, line: error.line, column: error.column)
        }
        guard let firstLine = document.records.first?.line else {
            return failure("the file is empty; audit reads an appendix table saved as CSV", path: path, line: 0)
        }
        guard let headings = TableHeadings(records: document.records) else {
            return failure("no row of column headings found: audit looks for a row such as \"TT, Tên đơn vị, "
                           + "Ước thực hiện năm 2018, Lực lượng lao động, % so với lực lượng lao động\" above the units",
                           path: path, line: firstLine)
        }
        let figureColumns = headings.columns.filter(\.holdsFigures)
        guard !figureColumns.isEmpty, let nameColumn = headings.columns.first(where: { $0.role == .unitName }) else {
            return failure("none of the headings names a figure audit checks: participants (\"Ước thực hiện năm 2018\", "
                           + "\"Kế hoạch năm 2019\", \"Số người tham gia\"), \"Lực lượng lao động\", \"% so với lực lượng lao động\" "
                           + "or \"Tốc độ tăng …\"", path: path, line: headings.line)
        }
        let numberColumn = headings.columns.first { $0.role == .rowNumber }
        // Rows are read on their own, in chunks on all cores; kept in file order.
        let body = Array(document.records[headings.bodyStart...])
        let chunks = ChunkedWork.map(body.count) { range in
            var rows: [AuditRow] = []
            var problems: [Diagnostic] = []
            for record in body[range] {
                guard let (row, unreadable) = row(on: record, figureColumns: figureColumns, nameColumn: nameColumn,
                                                  numberColumn: numberColumn, path: path) else { continue }
                problems += unreadable
                rows.append(row)
            }
            return (rows: rows, problems: problems)
        }
        let rows = chunks.flatMap(\.rows)
        let problems = chunks.flatMap(\.problems)
        guard !rows.isEmpty else {
            return failure("the table has no rows of figures below its headings", path: path, line: headings.line)
        }
        let table = AuditTable(path: path, titleLines: headings.titleLines, columns: headings.columns, rows: rows)
        return AuditTableReading(table: table, problems: problems)
    }

    /// The row on `record`, with the problems of its cells; nil for a line that is not a row of
    /// figures (a note, a signature, a section heading).
    private static func row(on record: DelimitedRecord, figureColumns: [AuditColumn], nameColumn: AuditColumn,
                            numberColumn: AuditColumn?, path: String) -> (row: AuditRow, problems: [Diagnostic])? {
        // Columns named by their index: a column (its heading, its group) is not copied for every cell.
        let cell = { (index: Int) in index < record.fields.count ? record.fields[index] : "" }
        var number = numberColumn.map { cell($0.index) } ?? ""
        var name = cell(nameColumn.index)
        // A name typed across the merged TT and name cells lands in the TT cell ("Toàn tỉnh").
        if name.isEmpty && number.count > 3 && number.contains(where: \.isLetter) {
            name = number
            number = ""
        }
        var figures = [ShownNumber?](repeating: nil, count: (figureColumns.last?.index ?? -1) + 1)
        var unreadable: [Diagnostic] = []
        var typed = false
        for position in figureColumns.indices {
            let index = figureColumns[position].index
            let text = cell(index)
            typed = typed || !text.isEmpty
            do {
                if let figure = try ShownNumber.read(text, percent: figureColumns[position].holdsPercentages) { figures[index] = figure }
            } catch {
                let why = error == .tooLarge ? "has too many digits" : "is not a number"
                unreadable.append(Diagnostic(.error, "\(quoted(name.isEmpty ? "this row" : name)), \(quoted(figureColumns[position].heading)): "
                                             + "\(quoted(text)) \(why); the row is checked without it",
                                             at: SourceRef(path: path, line: record.line, column: index + 1)))
            }
        }
        // Notes, signatures and section headings: no figure typed, or no name and nothing readable.
        guard typed, !name.isEmpty || figures.contains(where: { $0 != nil }) else { return nil }
        return (AuditRow(line: record.line, number: number, name: name, kind: RowKind(name: name), cells: figures), unreadable)
    }

    private static func failure(_ message: String, path: String, line: Int, column: Int = 0) -> AuditTableReading {
        AuditTableReading(table: nil, problems: [Diagnostic(.error, message, at: SourceRef(path: path, line: line, column: column))])
    }

    /// A cell's text in quotes for a message, terminal-safe (see `TerminalText`).
    private static func quoted(_ text: String) -> String { "\"\(TerminalText.escaped(text))\"" }
}
