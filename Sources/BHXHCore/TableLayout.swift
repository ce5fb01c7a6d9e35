/// A column of an appendix table that its plan can hide or head in its own words (the
/// `"columns"` of an appendix in the plan's JSON).
public enum AppendixColumn: String, Sendable, CaseIterable, Hashable {
    /// Participants up to a month of the base year ("Số đã thực hiện đến tháng 8/2018").
    case through
    /// Participants of the whole base year ("Ước thực hiện năm 2018").
    case base
    /// Target participants of a plan year ("Số người tham gia"; "Kế hoạch năm 2019" side by side).
    case participants
    /// Labour force, or population for health insurance ("Lực lượng lao động").
    case denominator
    /// Participants as a percentage of the denominator ("% so với lực lượng lao động").
    case coverage
    /// People who must join ("Số người thuộc diện tham gia").
    case eligible
    /// Participants as a percentage of the eligible ("% so với số thuộc diện").
    case participation
    /// Growth over the previous year ("Tốc độ tăng so với năm 2018 (%)").
    case growth

    /// The columns a side-by-side table has for each scheme.
    public static let sideBySide: [AppendixColumn] = [.base, .participants, .growth]
}

/// Which columns an appendix table shows and what their headings say, as its plan asks; by
/// default every column with its standard heading.
public struct TableLayout: Sendable, Hashable {
    /// Columns left out of the table (and of `figures.csv`).
    public var hidden: Set<AppendixColumn>
    /// Headings in the plan's own words; "{year}" in one stands for the column's year.
    public var headings: [AppendixColumn: String]

    /// Creates a layout.
    public init(hidden: Set<AppendixColumn> = [], headings: [AppendixColumn: String] = [:]) {
        self.hidden = hidden
        self.headings = headings
    }

    /// Every column with its standard heading.
    public static let standard = TableLayout()

    /// True when the table shows `column`.
    public func shows(_ column: AppendixColumn) -> Bool { !hidden.contains(column) }

    /// The heading of `column` in a group about `year`: the plan's own, else `standard`.
    public func heading(_ column: AppendixColumn, year: Int, standard: String) -> String {
        headings[column].map { $0.replacingOccurrences(of: "{year}", with: String(year)) } ?? standard
    }
}
