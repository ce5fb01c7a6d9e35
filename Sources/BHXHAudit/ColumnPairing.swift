extension AuditTable {
    /// The participants a coverage or growth column at `index` works from, for `year`: a
    /// whole-year column of that year (nearest to the left, else nearest to the right), else a
    /// to-month one. A column without a year pairs with any year.
    func participantsColumn(year: Int?, near index: Int) -> AuditColumn? {
        let candidates = columns.filter { $0.isParticipants && Self.sameYear($0.year, year) }
        return Self.nearest(in: candidates.filter { !$0.isToMonth }, to: index)
            ?? Self.nearest(in: candidates.filter(\.isToMonth), to: index)
    }

    /// The denominator (labour force or population) of `year` nearest to the column at `index`.
    func denominatorColumn(year: Int?, near index: Int) -> AuditColumn? {
        Self.nearest(in: columns.filter { $0.isDenominator && Self.sameYear($0.year, year) }, to: index)
    }

    /// The latest year before `year` that has a column of participants.
    func previousYear(before year: Int) -> Int? {
        columns.filter(\.isParticipants).compactMap(\.year).filter { $0 < year }.max()
    }

    /// The candidate nearest to the left of `index`, else the nearest to its right.
    private static func nearest(in candidates: [AuditColumn], to index: Int) -> AuditColumn? {
        candidates.last { $0.index < index } ?? candidates.first { $0.index > index }
    }

    private static func sameYear(_ one: Int?, _ other: Int?) -> Bool {
        one == nil || other == nil || one == other
    }
}
