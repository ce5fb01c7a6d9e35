import Foundation

extension AppendixFigures {
    /// The appendix as its official table: TT, unit name, the base year's group ("Năm 2018":
    /// to-month actual, estimate, labour force, %), then one group per plan year ("Kế hoạch
    /// năm 2019": participants, labour force, %, growth), unit and agency rows, the total row.
    /// Where the table shows eligible counts, each group gains "Số người thuộc diện tham gia" and
    /// "% so với số thuộc diện" after its coverage. An area with no units below it is one row.
    public func table() -> Table {
        let denominatorName = scheme.denominator.vietnameseName
        let coverageTitle = "% so với \(denominatorName.lowercased())"
        let withEligible = showsEligible
        let eligibleColumns = withEligible
            ? [Column("Số người thuộc diện tham gia", .count), Column("% so với số thuộc diện", .percent)] : []
        var baseColumns: [Column] = []
        if let throughStatus { baseColumns.append(Column(throughStatus.heading(year: baseYear), .count)) }
        baseColumns += [
            Column(rows.first?.base.status.heading(year: baseYear) ?? DataStatus.estimate.heading(year: baseYear), .count),
            Column(denominatorName, .count),
            Column(coverageTitle, .percent),
        ] + eligibleColumns
        var groups = [ColumnGroup(nil, [Column("TT", .text)]), ColumnGroup(nil, [Column("Tên đơn vị", .text)]),
                      ColumnGroup("Năm \(baseYear)", baseColumns)]
        var previousYear = baseYear
        for year in years {
            groups.append(ColumnGroup(DataStatus.target.heading(year: year), [
                Column("Số người tham gia", .count),
                Column(denominatorName, .count),
                Column(coverageTitle, .percent),
            ] + eligibleColumns + [
                Column(growthForm.heading(since: previousYear), .percent),
            ]))
            previousYear = year
        }
        let tableRows = shownRows.enumerated().map { position, row in
            var cells: [Cell] = [.text(row.isTotal ? "" : String(position + 1)), .text(rowName(row))]
            if throughStatus != nil { cells.append(.number(row.throughMonth, decimals: 0)) }
            cells += [
                .number(row.base.participants, decimals: 0),
                .number(row.base.denominator, decimals: 0),
                .number(row.base.coverage, decimals: percentDecimals),
            ]
            if withEligible {
                cells += [.number(row.base.eligible, decimals: 0), .number(row.base.participation, decimals: percentDecimals)]
            }
            for year in row.targets {
                cells += [
                    .number(year.participants, decimals: 0),
                    .number(year.denominator, decimals: 0),
                    .number(year.coverage, decimals: percentDecimals),
                ]
                if withEligible {
                    cells += [.number(year.eligible, decimals: 0), .number(year.participation, decimals: percentDecimals)]
                }
                cells.append(.number(Ratios.growth(year.growth, as: growthForm), decimals: percentDecimals))
            }
            return TableRow(kind: row.rowKind, unitCode: row.unit.code, cells: cells)
        }
        return Table(title: appendix.title, groups: groups, rows: tableRows)
    }

    private func rowName(_ row: PlanRow) -> String {
        row.isTotal ? row.unit.kind.wholeAreaName : row.unit.name
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
