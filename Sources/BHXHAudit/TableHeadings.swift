import DelimitedText
import VietnameseFormat

/// The top of an appendix table as people type it: title lines, then one or two rows of headings
/// (year groups over column headings, merged cells typed as repeated or empty), then perhaps a
/// row that only numbers the columns ("(1)", "A", "3=2/1").
struct TableHeadings {
    /// The lines above the headings, each its non-empty cells joined.
    var titleLines: [String]
    /// The columns the headings describe.
    var columns: [AuditColumn]
    /// The line of the first heading row.
    var line: Int
    /// Where the rows start, as an index into the records.
    var bodyStart: Int

    /// Finds the headings: the first record with at least two cells that is not a row of figures
    /// and names a column audit knows or a year. Nil when there is none.
    init?(records: [DelimitedRecord]) {
        guard let first = records.firstIndex(where: Self.isHeadingRow) else { return nil }
        titleLines = records[..<first].map { $0.fields.filter { !$0.isEmpty }.joined(separator: " ") }
        line = records[first].line
        var next = first + 1
        var second: DelimitedRecord?
        if next < records.count, !Self.isNumbering(records[next]), !Self.isFigures(records[next]) {
            second = records[next]
            next += 1
        }
        if next < records.count, Self.isNumbering(records[next]) { next += 1 }
        bodyStart = next
        let width = records[first...].map(\.fields.count).max() ?? 0
        columns = Self.columns(top: records[first].fields, bottom: second?.fields, width: width)
    }

    /// The columns from the two heading rows. A column with a heading below takes the one above
    /// as its group — or, when that is empty (a merged cell typed once), the group of the column
    /// to its left; a column with nothing below spans both rows and has no group.
    private static func columns(top: [String], bottom: [String]?, width: Int) -> [AuditColumn] {
        var columns: [AuditColumn] = []
        for index in 0..<width {
            let upper = index < top.count ? top[index] : ""
            let lower = bottom.flatMap { index < $0.count ? $0[index] : nil } ?? ""
            let heading: String
            let group: String?
            if lower.isEmpty {
                heading = upper
                group = nil
            } else {
                heading = lower
                group = upper.isEmpty ? columns.last?.group : upper
            }
            columns.append(column(index: index, heading: heading, group: group))
        }
        // A figure column whose headings name no year takes the year of the nearest one to its left.
        for index in columns.indices where columns[index].holdsFigures && columns[index].year == nil {
            columns[index].year = columns[..<index].last { $0.holdsFigures && $0.year != nil }?.year
        }
        // A table without a name heading: the first column before the figures that is not the row number.
        if !columns.contains(where: { $0.role == .unitName }) {
            let firstFigure = columns.first(where: \.holdsFigures)?.index ?? width
            if let name = columns.first(where: { $0.index < firstFigure && $0.role != .rowNumber }) {
                columns[name.index].role = .unitName
            }
        }
        return columns
    }

    /// One column from its heading and group.
    private static func column(index: Int, heading: String, group: String?) -> AuditColumn {
        let words = foldedForMatching(heading)
        var role = ColumnRole(heading: heading)
        if let group, ColumnRole.isYearOnly(words) || words.isEmpty {
            role = ColumnRole(heading: group)
        }
        if case .participants(let status) = role, let group {
            let groupWords = foldedForMatching(group)
            // "Số người" under "Thuộc diện tham gia" counts the eligible, not participants.
            role = ColumnRole.contains(groupWords, "thuoc dien") ? .other
                : .participants(status ?? ColumnRole.status(words: groupWords, heading: group))
        }
        let own = HeadingYears(heading)
        let year = own.year ?? group.flatMap { HeadingYears($0).year }
        return AuditColumn(index: index, heading: heading.isEmpty ? (group ?? "") : heading, group: group,
                           role: role, year: year, comparedYear: role == .growth ? own.comparedYear : nil)
    }

    /// True for a row of headings: two cells or more, no figures, one naming a known column or a year.
    private static func isHeadingRow(_ record: DelimitedRecord) -> Bool {
        let cells = record.fields.filter { !$0.isEmpty }
        guard cells.count >= 2, !isFigures(record) else { return false }
        return cells.contains { ColumnRole(heading: $0) != .other || HeadingYears($0).year != nil }
    }

    /// True for a row of figures: a cell after the first reads as a number that is not a bare year.
    private static func isFigures(_ record: DelimitedRecord) -> Bool {
        record.fields.dropFirst().contains { cell in
            guard (try? NumberReading.decimal(cell)) != nil else { return false }
            return Int(cell).map { !(1900...2199).contains($0) } ?? true
        }
    }

    /// True for a row that only numbers the columns, each differently: "(1)", "2", "A", "3=2/1",
    /// "(4)=(3)/(2)x100" — not a row of years ("2018", "2019") under a group.
    private static func isNumbering(_ record: DelimitedRecord) -> Bool {
        let cells = record.fields.filter { !$0.isEmpty }
        return cells.count >= 2 && Set(cells).count == cells.count && !cells.contains { HeadingYears($0).year != nil }
            && cells.allSatisfy { cell in
                let rest = cell.filter { !($0.isASCII && ($0.isNumber || "()[]=+-*/xX:., ".contains($0))) }
                return rest.count <= 1 && rest.allSatisfy { $0.isASCII && $0.isLetter }
            }
    }
}
