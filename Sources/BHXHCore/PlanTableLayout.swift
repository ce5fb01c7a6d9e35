import Foundation

extension AppendixFigures {
    /// The appendix as its official table: TT, unit name, the base year's group ("Năm 2018":
    /// to-month actual, estimate, labour force, %), then one group per plan year ("Kế hoạch
    /// năm 2019": participants, labour force, %, growth), unit and agency rows, the total row.
    /// Where the table shows eligible counts, each group gains "Số người thuộc diện tham gia" and
    /// "% so với số thuộc diện" after its coverage. An area with no units below it is one row.
    /// The appendix's layout leaves out the columns it hides and heads others in its own words.
    public func table() -> Table {
        let denominatorName = scheme.denominator.vietnameseName
        let coverageTitle = "% so với \(denominatorName.lowercased())"
        let withEligible = showsEligible
        let layout = appendix.layout
        func slot(_ key: AppendixColumn, _ year: Int, _ title: String, _ kind: Column.Kind, formula: ColumnFormula<SlotKey>? = nil,
                  _ cell: @escaping @Sendable (PlanRow) -> Cell) -> TableSlot? {
            guard layout.shows(key) else { return nil }
            var slot = TableSlot(Column(layout.heading(key, year: year, standard: title), kind), cell)
            slot.key = SlotKey(key, year)
            slot.formula = formula
            return slot
        }
        let decimals = percentDecimals
        // `participants` is the column of the year's participants: `.base` in the base year.
        func measures(_ year: Int, participants: AppendixColumn, _ figures: @escaping @Sendable (PlanRow) -> YearFigures?) -> [TableSlot?] {
            let part = SlotKey(participants, year)
            return [slot(.denominator, year, denominatorName, .count) { .number(figures($0)?.denominator, decimals: 0) },
                    slot(.coverage, year, coverageTitle, .percent, formula: .percent(part: part, of: SlotKey(.denominator, year))) {
                        .number(figures($0)?.coverage, decimals: decimals)
                    }]
                + (withEligible ? [
                    slot(.eligible, year, "Số người thuộc diện tham gia", .count) { .number(figures($0)?.eligible, decimals: 0) },
                    slot(.participation, year, "% so với số thuộc diện", .percent, formula: .percent(part: part, of: SlotKey(.eligible, year))) {
                        .number(figures($0)?.participation, decimals: decimals)
                    },
                ] : [])
        }
        var baseSlots: [TableSlot?] = []
        if let throughStatus {
            baseSlots.append(slot(.through, baseYear, throughStatus.heading(year: baseYear), .count) { .number($0.throughMonth, decimals: 0) })
        }
        let baseHeading = rows.first?.base.status.heading(year: baseYear) ?? DataStatus.estimate.heading(year: baseYear)
        baseSlots.append(slot(.base, baseYear, baseHeading, .count) { .number($0.base.participants, decimals: 0) })
        baseSlots += measures(baseYear, participants: .base) { $0.base }
        var groups = [SlotGroup(nil, [TableSlot.rowNumber]), SlotGroup(nil, [TableSlot.name]),
                      SlotGroup("Năm \(baseYear)", baseSlots.compactMap { $0 })]
        var previousYear = baseYear
        for (position, year) in years.enumerated() {
            let figures: @Sendable (PlanRow) -> YearFigures? = { position < $0.targets.count ? $0.targets[position] : nil }
            let form = growthForm
            let previous = previousYear == baseYear ? SlotKey(.base, baseYear) : SlotKey(.participants, previousYear)
            let slots = [slot(.participants, year, "Số người tham gia", .count) { .number(figures($0)?.participants, decimals: 0) }]
                + measures(year, participants: .participants, figures)
                + [slot(.growth, year, growthForm.heading(since: previousYear), .percent,
                        formula: .growth(current: SlotKey(.participants, year), over: previous, form: form)) {
                    .number(Ratios.growth(figures($0)?.growth, as: form), decimals: decimals)
                }]
            groups.append(SlotGroup(DataStatus.target.heading(year: year), slots.compactMap { $0 }))
            previousYear = year
        }
        var table = SlotGroup.table(title: appendix.title, groups: groups, rows: shownRows)
        table.note = BoundaryNote.text(movedYears: movedYears)
        return table
    }
}

extension PlanRow {
    /// The table row kind of this row.
    var rowKind: TableRow.Kind {
        isTotal ? .total : (unit.kind == .agency ? .agency : .unit)
    }
}

extension GrowthForm {
    /// The heading of a growth column: "Tốc độ tăng so với năm 2018 (%)" or, for the index form,
    /// "Tốc độ phát triển so với năm 2018 (%)".
    public func heading(since year: Int) -> String {
        switch self {
        case .increase: return "Tốc độ tăng so với năm \(year) (%)"
        case .index: return "Tốc độ phát triển so với năm \(year) (%)"
        }
    }
}
