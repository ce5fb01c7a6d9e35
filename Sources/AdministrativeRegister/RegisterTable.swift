import DelimitedText

/// A register file read as a table: its header names the columns, every row has a cell for each.
struct RegisterTable {
    /// The rows' cells in the order of `columns`.
    let rows: [[String]]

    /// Reads `bytes` and picks `columns` by their header names; an error names `path` and the line.
    init(_ bytes: [UInt8], path: String, columns: [String]) throws(RegisterError) {
        let document: DelimitedDocument
        do {
            document = try DelimitedTextReader.read(bytes, separator: .comma)
        } catch {
            throw RegisterError(path: path, message: "line \(error.line): \(error.message); the register file is damaged — install the program again")
        }
        guard let header = document.records.first else {
            throw RegisterError(path: path, message: "the register file is empty — install the program again")
        }
        var positions: [Int] = []
        for column in columns {
            guard let position = header.fields.firstIndex(of: column) else {
                throw RegisterError(path: path, message: "the register file has no \"\(column)\" column — install the program again")
            }
            positions.append(position)
        }
        var rows: [[String]] = []
        rows.reserveCapacity(document.records.count)
        for record in document.records.dropFirst() {
            guard record.fields.count == header.fields.count else {
                throw RegisterError(path: path, message: "line \(record.line) has \(record.fields.count) cells where the header names \(header.fields.count); the register file is damaged — install the program again")
            }
            rows.append(positions.map { record.fields[$0] })
        }
        self.rows = rows
    }
}
