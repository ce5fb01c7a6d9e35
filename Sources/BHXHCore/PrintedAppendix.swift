/// An appendix as the plan's document prints it: its number, title and table, whether it counts
/// one scheme or sets several side by side.
public struct PrintedAppendix: Sendable {
    /// "PHỤ LỤC n".
    public var number: Int
    /// The short names of its schemes ("BHXH bắt buộc", or "BHXH bắt buộc, BHTN" side by side).
    public var schemeName: String
    /// The table's title.
    public var title: String
    /// The table.
    public var table: Table
}

extension PlanFigures {
    /// Every appendix in document order: the plan's appendices, each side-by-side one in its place.
    public var printedAppendices: [PrintedAppendix] {
        var printed = appendices.map { figures in
            PrintedAppendix(number: figures.appendix.number, schemeName: figures.scheme.shortName,
                            title: figures.appendix.title, table: figures.table())
        }
        for figures in sideBySide.reversed() {
            let table = PrintedAppendix(number: figures.appendix.number,
                                        schemeName: figures.parts.map(\.scheme.shortName).joined(separator: ", "),
                                        title: figures.appendix.title, table: figures.table())
            printed.insert(table, at: min(max(figures.appendix.position, 0), printed.count))
        }
        return printed
    }
}
