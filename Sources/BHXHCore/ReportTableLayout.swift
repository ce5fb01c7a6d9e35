import Foundation

extension ReportTable {
    /// The table's title: "Kết quả thực hiện chỉ tiêu phát triển đối tượng tham gia BHXH bắt buộc năm 2019".
    public var title: String {
        "Kết quả thực hiện chỉ tiêu phát triển đối tượng tham gia \(scheme.fullName) năm \(year)"
    }

    /// The results as a table: target and actual, completion and gap, growth, coverage and,
    /// when the data has eligible counts, participation.
    public func table() -> Table {
        let actualHeading = (actualStatus ?? .actual).heading(year: year)
        let denominatorName = scheme.denominator.vietnameseName
        var groups = [
            ColumnGroup(nil, [Column("TT", .text)]),
            ColumnGroup(nil, [Column("Tên đơn vị", .text)]),
            ColumnGroup("Số người tham gia", [Column(DataStatus.target.heading(year: year), .count), Column(actualHeading, .count)]),
            ColumnGroup("So với kế hoạch", [Column("Tỷ lệ hoàn thành (%)", .percent, formula: .percent(part: 3, of: 2)),
                                            Column("Chênh lệch (người)", .count, formula: .difference(3, minus: 2))]),
            // Growth compares with last year's actual, which the table does not show: no formula.
            ColumnGroup(nil, [Column(growthForm.heading(since: year - 1), .percent)]),
            ColumnGroup("Độ bao phủ", [Column(denominatorName, .count),
                                       Column("% so với \(denominatorName.lowercased())", .percent, formula: .percent(part: 3, of: 7))]),
        ]
        let withEligible = hasEligible
        if withEligible {
            groups.append(ColumnGroup("Thuộc diện tham gia", [Column("Số người", .count),
                                                              Column("Tỷ lệ tham gia (%)", .percent, formula: .percent(part: 3, of: 9))]))
        }
        let tableRows = shownRows.enumerated().map { position, row in
            var cells: [Cell] = [
                .text(row.isTotal ? "" : String(position + 1)),
                .text(row.isTotal ? row.unit.kind.wholeAreaName : row.unit.name),
                .number(row.target, decimals: 0),
                .number(row.actual, decimals: 0),
                .number(row.completion, decimals: percentDecimals),
                .number(row.gap, decimals: 0),
                .number(Ratios.growth(row.growth, as: growthForm), decimals: percentDecimals),
                .number(row.denominator, decimals: 0),
                .number(row.coverage, decimals: percentDecimals),
            ]
            if withEligible {
                cells += [.number(row.eligible, decimals: 0), .number(row.participation, decimals: percentDecimals)]
            }
            let kind: TableRow.Kind = row.isTotal ? .total : (row.unit.kind == .agency ? .agency : .unit)
            return TableRow(kind: kind, unitCode: row.unit.code, cells: cells)
        }
        return Table(title: title, groups: groups, rows: tableRows, note: BoundaryNote.text(movedYears: movedYears))
    }
}
