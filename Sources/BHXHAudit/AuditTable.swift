import VietnameseFormat

/// An appendix table as read from a file: its title lines, its columns and its rows.
public struct AuditTable: Sendable, Hashable {
    /// The file as the user named it.
    public var path: String
    /// The lines above the headings ("PHỤ LỤC 1", the title, "(Kèm theo …)").
    public var titleLines: [String]
    /// The columns, left to right.
    public var columns: [AuditColumn]
    /// The rows below the headings, in file order.
    public var rows: [AuditRow]

    /// Creates a table.
    public init(path: String, titleLines: [String], columns: [AuditColumn], rows: [AuditRow]) {
        self.path = path
        self.titleLines = titleLines
        self.columns = columns
        self.rows = rows
    }

    /// The line that says which document the table belongs to ("(Kèm theo Quyết định số …)"), if any.
    public var attachmentLine: String? {
        titleLines.first { ColumnRole.contains(foldedForMatching($0), "kem theo") }
    }

    /// The rows that are not totals: units and agencies.
    var bodyRows: [AuditRow] { rows.filter { $0.kind != .total } }

    /// The total rows (usually one).
    var totalRows: [AuditRow] { rows.filter { $0.kind == .total } }
}
