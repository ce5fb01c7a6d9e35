/// An appendix that sets several schemes side by side for the plan years (seed 004's "biểu chi
/// tiết"): a row per unit, a column group per scheme; its figures are those of the plan's
/// appendix for each scheme.
public struct SideBySideAppendix: Sendable {
    /// "PHỤ LỤC n".
    public var number: Int
    /// The table's title.
    public var title: String
    /// The schemes, left to right; each is the scheme of one of the plan's appendices.
    public var schemes: [Scheme]
    /// Columns hidden and headings renamed (only `AppendixColumn.sideBySide`).
    public var layout: TableLayout
    /// How many of the plan's appendices come before it in the document.
    public var position: Int
    /// Where the plan defines the appendix.
    public var source: SourceRef?

    /// Creates a side-by-side appendix.
    public init(number: Int, title: String, schemes: [Scheme], layout: TableLayout = .standard, position: Int,
                source: SourceRef? = nil) {
        self.number = number
        self.title = title
        self.schemes = schemes
        self.layout = layout
        self.position = position
        self.source = source
    }
}
