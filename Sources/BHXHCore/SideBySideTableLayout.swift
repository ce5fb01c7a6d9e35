extension SideBySideFigures {
    /// The appendix as its official table (seed 004's "biểu chi tiết"): TT, unit name, then one
    /// group per scheme ("BHXH bắt buộc") holding the base year's participants ("Ước thực hiện
    /// năm 2020") and, for each plan year, the target ("Kế hoạch năm 2021") and its growth, each
    /// scheme with its own appendix's decimals and growth form. The rows and totals are those of
    /// the schemes' appendices; the layout leaves out the columns it hides and renames others.
    public func table() -> Table {
        let layout = appendix.layout
        var groups = [SlotGroup(nil, [TableSlot.rowNumber]), SlotGroup(nil, [TableSlot.name])]
        for (partIndex, part) in parts.enumerated() {
            let row = { @Sendable (position: Int) -> PlanRow? in position < part.shownRows.count ? part.shownRows[position] : nil }
            func slot(_ key: AppendixColumn, _ year: Int, _ title: String, _ kind: Column.Kind, formula: ColumnFormula<SlotKey>? = nil,
                      _ cell: @escaping @Sendable (PlanRow?) -> Cell) -> TableSlot? {
                guard layout.shows(key) else { return nil }
                var slot = TableSlot(Column(layout.heading(key, year: year, standard: title), kind), position: { position, _ in cell(row(position)) })
                slot.key = SlotKey(key, year, part: partIndex)
                slot.formula = formula
                return slot
            }
            let baseYear = part.baseYear
            let baseHeading = part.rows.first?.base.status.heading(year: baseYear) ?? DataStatus.estimate.heading(year: baseYear)
            var slots = [slot(.base, baseYear, baseHeading, .count) { .number($0?.base.participants, decimals: 0) }]
            var previousYear = baseYear
            let decimals = part.percentDecimals
            let form = part.growthForm
            for (position, year) in part.years.enumerated() {
                let figures = { @Sendable (row: PlanRow?) -> YearFigures? in
                    row.flatMap { position < $0.targets.count ? $0.targets[position] : nil }
                }
                slots.append(slot(.participants, year, DataStatus.target.heading(year: year), .count) {
                    .number(figures($0)?.participants, decimals: 0)
                })
                let previous = previousYear == baseYear ? SlotKey(.base, baseYear, part: partIndex) : SlotKey(.participants, previousYear, part: partIndex)
                slots.append(slot(.growth, year, form.heading(since: previousYear), .percent,
                                  formula: .growth(current: SlotKey(.participants, year, part: partIndex), over: previous, form: form)) {
                    .number(Ratios.growth(figures($0)?.growth, as: form), decimals: decimals)
                })
                previousYear = year
            }
            groups.append(SlotGroup(part.scheme.shortName, slots.compactMap { $0 }))
        }
        var table = SlotGroup.table(title: appendix.title, groups: groups, rows: parts.first?.shownRows ?? [])
        table.note = BoundaryNote.text(movedYears: parts.flatMap(\.movedYears))
        return table
    }
}
