import DelimitedText

/// units.csv, the data files and the history files of the national sample, as Excel would save them (UTF-8 with a
/// byte order mark, CR LF); unknown figures are empty cells.
enum SampleDataFiles {
    /// The country's row in units.csv: the root above the provinces.
    static let country = (code: "VN", name: "Việt Nam")

    /// units.csv: the country, then each province, its communes and its agency.
    static func units(_ provinces: [SampleProvinceData]) -> [UInt8] {
        var writer = DelimitedTextWriter()
        writer.write(["code", "name", "kind", "parent"].map(DelimitedCell.text))
        writer.write([.text(country.code), .text(country.name), .text("country"), .text("")])
        for data in provinces {
            let province = data.province
            writer.write([.text(province.code), .text(province.fullName), .text(province.isCity ? "city" : "province"), .text(country.code)])
            for unit in data.rows {
                writer.write([.text(unit.code), .text(unit.name), .text(unit.kind), .text(province.code)])
            }
        }
        return writer.bytes
    }

    /// history/units.csv: the old provinces, districts and communes, then the old agencies.
    static func oldUnits(_ history: SampleHistory) -> [UInt8] {
        var writer = DelimitedTextWriter()
        writer.write(["code", "name", "kind", "parent"].map(DelimitedCell.text))
        for unit in history.predecessors.units + history.agencies.map(\.old) {
            writer.write([.text(unit.code), .text(unit.printedName), .text(unit.kind), .text(unit.parentCode ?? "")])
        }
        return writer.bytes
    }

    /// history/crosswalk.csv: the official rows with the made-up shares of split communes, then
    /// each old agency into its new one.
    static func crosswalk(_ history: SampleHistory) -> [UInt8] {
        var writer = DelimitedTextWriter()
        writer.write(["old_code", "new_code", "share"].map(DelimitedCell.text))
        for row in history.predecessors.rows {
            writer.write([.text(row.oldCode), .text(row.newCode), .number(history.shares.cell(row))])
        }
        for agency in history.agencies {
            writer.write([.text(agency.old.code), .text(agency.newCode), .number("")])
        }
        return writer.bytes
    }

    /// What one data file holds.
    enum Content {
        /// Every figure of the whole year, with the eligible counts.
        case actual
        /// Every figure, estimated for the whole year, with the eligible counts or without.
        case estimate(eligible: Bool)
        /// Participants up to the end of a month: the whole year's, 96–99% of it.
        case throughMonth

        fileprivate var hasLabourForce: Bool {
            if case .throughMonth = self { false } else { true }
        }

        fileprivate var hasEligible: Bool {
            switch self {
            case .actual: true
            case .estimate(let eligible): eligible
            case .throughMonth: false
            }
        }
    }

    private typealias Column = (name: String, value: (SampleSeries) -> [Int]?)

    /// The rows of one data file in groups (a province each); a row's place in its group varies
    /// its to-month share.
    typealias Rows = [[(code: String, series: SampleSeries)]]

    /// One data file: every row's figures of year `offset` (from the first year).
    static func data(_ groups: Rows, offset: Int, content: Content) -> [UInt8] {
        var columns: [Column] = []
        if content.hasLabourForce { columns += [("labour_force", \.labourForce), ("population", \.population)] }
        columns += [("bhxh_bb", \.compulsory), ("bhxh_tn", \.voluntary), ("bhtn", \.unemployment), ("bhyt", \.health)]
        if content.hasEligible { columns += [("bhxh_bb_eligible", \.compulsoryEligible), ("bhtn_eligible", \.unemploymentEligible)] }

        var writer = DelimitedTextWriter()
        writer.write([.text("unit")] + columns.map { .text($0.name) })
        for rows in groups {
            for (position, unit) in rows.enumerated() {
                let share = content.hasLabourForce ? 1_000 : 960 + position * 7 % 30
                let cells = columns.map { column -> DelimitedCell in
                    .number(column.value(unit.series).map { String(scaled($0[offset], by: share)) } ?? "")
                }
                writer.write([.text(unit.code)] + cells)
            }
        }
        return writer.bytes
    }
}
