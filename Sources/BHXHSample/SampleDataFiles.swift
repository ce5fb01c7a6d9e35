import DelimitedText

/// units.csv and the data files of the national sample, as Excel would save them (UTF-8 with a
/// byte order mark, CR LF); unknown figures are empty cells.
enum SampleDataFiles {
    /// units.csv: each province, then its communes and its agency.
    static func units(_ provinces: [SampleProvinceData]) -> [UInt8] {
        var writer = DelimitedTextWriter()
        writer.write(["code", "name", "kind", "parent"].map(DelimitedCell.text))
        for data in provinces {
            let province = data.province
            writer.write([.text(province.code), .text(province.fullName), .text(province.isCity ? "city" : "province"), .text("")])
            for unit in data.rows {
                writer.write([.text(unit.code), .text(unit.name), .text(unit.kind), .text(province.code)])
            }
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

    /// One data file: every commune and agency's figures of year `offset` (from the first year).
    static func data(_ provinces: [SampleProvinceData], offset: Int, content: Content) -> [UInt8] {
        var columns: [Column] = []
        if content.hasLabourForce { columns += [("labour_force", \.labourForce), ("population", \.population)] }
        columns += [("bhxh_bb", \.compulsory), ("bhxh_tn", \.voluntary), ("bhtn", \.unemployment), ("bhyt", \.health)]
        if content.hasEligible { columns += [("bhxh_bb_eligible", \.compulsoryEligible), ("bhtn_eligible", \.unemploymentEligible)] }

        var writer = DelimitedTextWriter()
        writer.write([.text("unit")] + columns.map { .text($0.name) })
        for data in provinces {
            for (position, unit) in data.rows.enumerated() {
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
