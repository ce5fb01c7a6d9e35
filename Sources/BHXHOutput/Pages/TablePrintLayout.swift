import BHXHCore

/// How an official table prints on its A4 landscape page (Decree 30/2020 asks text an officer can
/// read): at 11 pt when it fits, smaller in proportion to its width but never below 9 pt, and
/// beyond that its column groups (the years) split over consecutive pages, each part repeating the
/// leading columns (TT and the unit's name). Widths are estimated from the text of every heading
/// and cell in a serif font, as the stylesheet prints them; the estimate errs on the wide side so
/// that no column runs off the page (a browser would then shrink the whole printout).
struct TablePrintLayout: Sendable {
    /// One printed part: the groups it shows (indices into the table's groups) and its type size.
    struct Part: Sendable, Equatable {
        /// The groups shown, the leading ones first.
        var groups: [Int]
        /// The type size in tenths of a point (95 = 9,5 pt).
        var tenthsOfPoint: Int
    }

    /// The width a table may take on an A4 landscape page with 20 mm margins, in points.
    static let pageWidth = 728.0
    /// The largest and the smallest type size of a printed table, in tenths of a point.
    static let largest = 110
    static let smallest = 90
    /// The horizontal padding of a cell, in em, and its border, in points (the stylesheet's).
    static let padding = 0.6
    static let border = 0.75
    /// How much wider than the estimate a table is assumed to be.
    static let margin = 1.08

    /// The parts, one when the table prints whole.
    let parts: [Part]
    /// Each column's narrowest width in em (see `columnWidths(_:groups:)`).
    let columnEms: [Double]

    /// The layout of `view`, the table as printed.
    init(_ view: TableView, groups: [ColumnGroup]) {
        let widths = Self.columnWidths(view, groups: groups)
        columnEms = widths
        var groupWidths: [Double] = []
        var start = 0
        for group in groups {
            groupWidths.append(widths[start..<(start + group.columns.count)].reduce(0, +))
            start += group.columns.count
        }
        let columnCounts = groups.map(\.columns.count)
        let leading = groups.prefix { $0.title == nil }.count
        let all = Array(groups.indices)
        let size = { (part: [Int]) -> Int in Self.size(ems: part.map { groupWidths[$0] }.reduce(0, +),
                                                       columns: part.map { columnCounts[$0] }.reduce(0, +)) }
        guard size(all) < Self.smallest, groups.count - leading > 1 else {
            parts = [Part(groups: all, tenthsOfPoint: max(size(all), Self.smallest))]
            return
        }
        // The fewest parts that each fit at the smallest size, then the groups spread evenly over them.
        let fixed = Array(0..<leading)
        let rest = Array(leading..<groups.count)
        var count = 2
        var split = Self.even(rest, into: count)
        while count < rest.count && split.contains(where: { size(fixed + $0) < Self.smallest }) {
            count += 1
            split = Self.even(rest, into: count)
        }
        let sizes = split.map { max(size(fixed + $0), Self.smallest) }
        let common = sizes.min() ?? Self.smallest
        parts = split.map { Part(groups: fixed + $0, tenthsOfPoint: common) }
    }

    /// The largest size (tenths of a point, at most `largest`) at which a table `ems` wide with
    /// `columns` columns fits the page.
    static func size(ems: Double, columns: Int) -> Int {
        let room = pageWidth - Double(columns + 1) * border
        guard ems > 0 else { return largest }
        return min(largest, Int(room / (ems * margin) * 10))
    }

    /// `items` in `count` consecutive runs whose lengths differ by at most one, the longer first.
    static func even(_ items: [Int], into count: Int) -> [[Int]] {
        let base = items.count / count
        let extra = items.count % count
        var runs: [[Int]] = []
        var start = 0
        for index in 0..<count {
            let length = base + (index < extra ? 1 : 0)
            runs.append(Array(items[start..<(start + length)]))
            start += length
        }
        return runs.filter { !$0.isEmpty }
    }

    /// Each column's narrowest width in em: its widest cell (numbers and names do not wrap), its
    /// heading's longest word (headings wrap between words; bold), and its padding.
    static func columnWidths(_ view: TableView, groups: [ColumnGroup]) -> [Double] {
        let bold = 1.1
        var widths = view.columnTitles.indices.map { _ in padding }
        var column = 0
        for group in groups {
            let groupStart = column
            for heading in group.columns {
                widths[column] = max(widths[column], longestWord(heading.title) * bold + padding)
                column += 1
            }
            // A group's heading spans its columns; widen the last one if its longest word needs it.
            if let title = group.title, column > groupStart {
                let spanned = widths[groupStart..<column].reduce(0, +)
                widths[column - 1] += max(0, longestWord(title) * bold + padding - spanned)
            }
        }
        for row in view.rows {
            let weight = row.kind == "total" ? bold : 1
            for (index, cell) in row.cells.enumerated() where index < widths.count {
                widths[index] = max(widths[index], TextMeasure.width(cell.text, fontSize: 1) * weight + padding)
            }
        }
        return widths
    }

    private static func longestWord(_ text: String) -> Double {
        text.split(separator: " ").map { TextMeasure.width(String($0), fontSize: 1) }.max() ?? 0
    }
}
