import AdministrativeRegister

/// The national sample's figures before 1 July 2025, counted in the old register: a made-up
/// series for every old commune that went into a sample province and an agency for every old
/// province, moved into the new communes through the official conversion rows (split communes
/// by made-up shares) to give the new units' figures — so that the history the tool moves back
/// agrees with the years counted in the new units.
struct SampleHistory {
    /// The old units and the official rows into the sample's communes.
    let predecessors: Predecessors
    /// The old provinces' agencies ("02-BHXH") and the new agency each went into.
    let agencies: [(old: RegisterUnit, newCode: String)]
    /// The shares of the split communes.
    let shares: SampleShares
    /// The made-up figures of every old commune and agency, by code.
    let series: [String: SampleSeries]

    /// Invents the history of the new communes `newCodes` and of the agencies of `provinces`.
    init(register: ShippedRegister, newCodes: Set<String>, provinces: [SampleProvince], years: Int, random: inout SampleRandom) {
        predecessors = register.predecessors(of: newCodes)
        shares = SampleShares(rows: predecessors.rows, random: &random)
        let included = Set(provinces.map(\.code))
        var agencies: [(old: RegisterUnit, newCode: String)] = []
        for old in predecessors.units where old.parentCode == nil {
            // An old province that went into several new ones (Tiền Giang) keeps its agency in the one of its code.
            let targets = register.provinces.rows(fromOld: old.code).map(\.newCode)
            guard let target = targets.first(where: { $0 == old.code }) ?? targets.first, included.contains(target) else { continue }
            let kind = old.kind == "city" ? "thành phố " : "tỉnh "
            agencies.append((RegisterUnit(code: "\(old.code)-BHXH", name: "BHXH \(kind)\(NameMatch.printedBareName(old.printedName))",
                                          kind: "agency", parentCode: old.code), "\(target)-BHXH"))
        }
        self.agencies = agencies
        let communes = Set(predecessors.rows.map(\.oldCode))
        var series: [String: SampleSeries] = [:]
        for unit in predecessors.units where communes.contains(unit.code) {
            series[unit.code] = .make(for: unit.kind == "commune" ? .oldCommune : .oldWard, years: years, random: &random)
        }
        for agency in agencies {
            series[agency.old.code] = .make(for: .agency, years: years, random: &random)
        }
        self.series = series
    }

    /// The figures each new unit receives, by new code; a new unit nothing goes into has none.
    func moved() -> [String: SampleSeries] {
        var received: [String: SampleSeries] = [:]
        var rowsOf: [String: [RegisterCrosswalk.Row]] = [:]
        for row in predecessors.rows { rowsOf[row.oldCode, default: []].append(row) }
        for (oldCode, rows) in rowsOf.sorted(by: { $0.key < $1.key }) {
            guard let old = series[oldCode] else { continue }
            let weights = rows.map { shares.percent($0) ?? 100 }
            for (position, row) in rows.enumerated() {
                let part = old.mapFigures { rows.count == 1 ? $0 : SampleShares.split($0, weights: weights)[position] }
                received[row.newCode] = received[row.newCode].map { $0.adding(part) } ?? part
            }
        }
        for agency in agencies {
            guard let old = series[agency.old.code] else { continue }
            received[agency.newCode] = received[agency.newCode].map { $0.adding(old) } ?? old
        }
        return received
    }
}
