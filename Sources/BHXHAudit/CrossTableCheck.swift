import BHXHCore
import Foundation
import VietnameseFormat

/// `inconsistent_across_tables`: among tables of the same plan, a labour force (or population)
/// of a year that differs — the total's, or the same unit's. The figure most tables give is taken
/// as the reference (on a tie, the first table's); each table that differs from it is reported.
/// Tables belong to the same plan unless their "(Kèm theo …)" lines differ.
enum CrossTableCheck {
    /// What is compared: a denominator of a year, for the total or for one unit.
    private struct Key: Hashable {
        var field: DataField
        var year: Int
        /// `unitKey` of the unit's name; nil for the total.
        var unit: String?
    }

    /// One table's figure for a key.
    private struct Entry {
        var table: AuditTable
        var row: AuditRow
        var column: AuditColumn
        var figure: ShownNumber
    }

    /// The findings across `tables`, each once.
    static func findings(in tables: [AuditTable]) -> [AuditFinding] {
        var found: [AuditFinding] = []
        for group in plans(tables) where group.count >= 2 {
            var keys: [Key] = []
            var entries: [Key: [Entry]] = [:]
            for table in group {
                for (key, entry) in figures(of: table) where entries[key]?.contains(where: { $0.table.path == table.path }) != true {
                    if entries[key] == nil { keys.append(key) }
                    entries[key, default: []].append(entry)
                }
            }
            for key in keys {
                for finding in differences(entries[key] ?? [], key: key) where !found.contains(finding) {
                    found.append(finding)
                }
            }
        }
        return found
    }

    /// The tables grouped by plan: one group per "(Kèm theo …)" line, each with the tables that have none.
    private static func plans(_ tables: [AuditTable]) -> [[AuditTable]] {
        var lines: [String] = []
        for line in tables.compactMap({ $0.attachmentLine.map(foldedForMatching) }) where !lines.contains(line) {
            lines.append(line)
        }
        guard !lines.isEmpty else { return [tables] }
        return lines.map { line in tables.filter { ($0.attachmentLine.map(foldedForMatching) ?? line) == line } }
    }

    /// Every denominator figure of a table with its key: the first total row's, and each unit's.
    private static func figures(of table: AuditTable) -> [(Key, Entry)] {
        var result: [(Key, Entry)] = []
        for column in table.columns {
            guard case .denominator(let field) = column.role, let year = column.year else { continue }
            let rows = (table.totalRows.prefix(1) + table.rows.filter { $0.kind == .unit })
            for row in rows {
                guard let figure = row[column] else { continue }
                let key = Key(field: field, year: year, unit: row.kind == .total ? nil : unitKey(row.name))
                result.append((key, Entry(table: table, row: row, column: column, figure: figure)))
            }
        }
        return result
    }

    /// A finding for each entry that differs from the figure most entries give.
    private static func differences(_ entries: [Entry], key: Key) -> [AuditFinding] {
        let values = entries.map(\.figure.value)
        guard Set(values).count > 1 else { return [] }
        let counts = Dictionary(values.map { ($0, 1) }, uniquingKeysWith: +)
        let reference = values.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? values[0]
        let agreeing = entries.filter { $0.figure.value == reference }.map(\.table.path)
        return entries.compactMap { entry in
            guard entry.figure.value != reference, let severity = FigureRange(reference).judge(entry.figure) else { return nil }
            let what = key.unit == nil ? "the total \(entry.column.heading.lowercased())" : "\(entry.row.label)'s \(entry.column.heading.lowercased())"
            let explanation = "\(what) of \(key.year) is \(FigureText.count(entry.figure)) here but "
                + "\(FigureText.count(reference)) in \(agreeing.joined(separator: ", "))"
            return AuditFinding(.inconsistentAcrossTables, severity, table: entry.table, row: entry.row, column: entry.column,
                                stated: entry.figure, computed: reference, computedPlaces: 0, explanation: "\(explanation)")
        }
    }
}
