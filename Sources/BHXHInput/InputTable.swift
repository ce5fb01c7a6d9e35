import BHXHCore
import DelimitedText

/// A CSV input file (units.csv or a data file) read as a header row, recognised columns and the
/// records below it. Problems with the file as a whole or its header become diagnostics.
struct InputTable {
    /// The file as the user named it.
    let path: String
    /// The file's records and cells.
    let document: DelimitedTable
    /// The numbers in `document` of the records after the header row that are as wide as it.
    let records: [Int]
    /// The numbers of the records of another width, already reported and not to be read.
    let rejected: [Int]
    /// The position of each recognised column in the records.
    let columns: [HeaderName: Int]
    /// The positions of the columns that are not data fields (code, name, kind, …), by
    /// `HeaderName.plainSlot`: looked up for cell after cell without hashing a name.
    private let plainColumns: [Int?]

    private init(path: String, document: DelimitedTable, records: [Int], rejected: [Int], columns: [HeaderName: Int]) {
        self.path = path
        self.document = document
        self.records = records
        self.rejected = rejected
        self.columns = columns
        var plainColumns = [Int?](repeating: nil, count: HeaderName.plainSlots)
        for (name, position) in columns {
            if let slot = name.plainSlot { plainColumns[slot] = position }
        }
        self.plainColumns = plainColumns
    }

    /// Reads `bytes`; nil when the file cannot be read as a table at all (the diagnostics say why).
    /// `required` columns that are missing are errors; unknown columns are warnings that name
    /// the closest known header; a row with more or fewer cells than the header is an error
    /// and left out of `records`.
    static func read(bytes: [UInt8], path: String, required: [(HeaderName, String)], accepted: Set<HeaderName>,
                     diagnostics: inout [Diagnostic]) -> InputTable? {
        let document: DelimitedTable
        do {
            document = try DelimitedTextReader.readTable(bytes)
        } catch {
            diagnostics.append(Diagnostic(.error, error.message, at: SourceRef(path: path, line: error.line, column: error.column)))
            return nil
        }
        guard document.count > 0 else {
            let names = required.map(\.1).joined(separator: ",")
            diagnostics.append(Diagnostic(.error, "the file is empty; its first row must name the columns (\(names), …)", at: SourceRef(path: path)))
            return nil
        }
        let header = document.record(0)
        var columns: [HeaderName: Int] = [:]
        var suggestions: HeaderSuggestions?  // prepared at the first unknown column
        for (position, title) in header.fields.enumerated() where !title.isEmpty {
            let location = SourceRef(path: path, line: header.line, column: position + 1)
            let folded = HeaderName.normalized(title)
            guard let name = HeaderName(folded: folded), accepted.contains(name) else {
                if suggestions == nil { suggestions = HeaderSuggestions(accepted: accepted) }
                let hint = suggestions?.closestSpelling(toFolded: folded).map { "; did you mean \"\($0)\"?" } ?? ""
                diagnostics.append(Diagnostic(.warning, "column \"\(title)\" is not one this file can have, so it is ignored\(hint)", at: location))
                continue
            }
            if let first = columns[name] {
                diagnostics.append(Diagnostic(.error, "column \"\(title)\" repeats column \(first + 1) (\"\(header.fields[first])\"); keep one of them", at: location))
                continue
            }
            columns[name] = position
        }
        var complete = true
        for (name, title) in required where columns[name] == nil {
            diagnostics.append(Diagnostic(.error, "the required column \"\(title)\" is missing from the first row", at: SourceRef(path: path, line: header.line)))
            complete = false
        }
        guard complete else { return nil }
        // A row of another width would put its figures in the wrong columns: it is an error and not read.
        var records: [Int] = []
        var rejected: [Int] = []
        for record in 1..<document.count {
            if let problem = RowWidth.problem(record, of: document, headerWidth: header.width) {
                diagnostics.append(Diagnostic(.error, problem, at: SourceRef(path: path, line: document.line(record))))
                rejected.append(record)
            } else {
                records.append(record)
            }
        }
        return InputTable(path: path, document: document, records: records, rejected: rejected, columns: columns)
    }

    /// The line on which a record starts.
    func line(_ record: Int) -> Int { document.line(record) }

    /// The trimmed text of a recognised column in a record; empty when the record is short.
    func text(_ record: Int, _ name: HeaderName) -> String {
        guard let position = position(of: name) else { return "" }
        return document.text(record, position)
    }

    /// Where a recognised column of a record is, for messages.
    func location(_ record: Int, _ name: HeaderName) -> SourceRef {
        SourceRef(path: path, line: document.line(record), column: (position(of: name) ?? 0) + 1)
    }

    /// `columns[name]`.
    private func position(of name: HeaderName) -> Int? {
        if let slot = name.plainSlot { return plainColumns[slot] }
        return columns[name]
    }
}

extension HeaderName {
    /// How many names are not data fields (one more than the largest `plainSlot`).
    fileprivate static let plainSlots = 8

    /// The place of a name that is not a data field among `plainSlots`; nil for a data field.
    fileprivate var plainSlot: Int? {
        switch self {
        case .code: 0
        case .name: 1
        case .kind: 2
        case .parent: 3
        case .rowNumber: 4
        case .oldCode: 5
        case .newCode: 6
        case .share: 7
        case .field: nil
        }
    }
}
