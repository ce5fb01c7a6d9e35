/// One province of the national sample: its communes, wards and special zones under their
/// official codes and names, and its social-insurance agency, each with made-up yearly figures.
struct SampleProvinceData: Sendable {
    /// A unit row of units.csv with its figures.
    struct Unit: Sendable {
        let code: String
        let name: String
        /// The kind as units.csv writes it ("commune").
        let kind: String
        let series: SampleSeries
    }

    let province: SampleProvince
    /// Its position in the national list, from 0; it varies the plan's methods.
    let index: Int
    /// The rows of its tables: communes in display order, then the agency.
    let rows: [Unit]

    /// The units of `province` with the figures `moved` into them from the old register; a unit
    /// nothing went into (and the copies beyond the first when `scale` is above 1) gets figures
    /// of its own, for `years` years.
    init(province: SampleProvince, index: Int, scale: Int, years: Int, moved: [String: SampleSeries], random: inout SampleRandom) {
        self.province = province
        self.index = index
        var rows: [Unit] = []
        rows.reserveCapacity(province.communes.count * scale + 1)
        for copy in 1...scale {
            for commune in province.communes {
                let place: SampleSeries.Place = switch commune.kind {
                case "special": .specialZone
                case "ward": .ward
                default: .commune
                }
                let own = copy == 1 ? moved[commune.code] : nil
                rows.append(Unit(code: copy == 1 ? commune.code : "\(commune.code)-\(copy)",
                                 name: copy == 1 ? commune.printedName : "\(commune.printedName) (\(copy))", kind: commune.kind,
                                 series: own ?? .make(for: place, years: years, random: &random)))
            }
        }
        let agencyCode = "\(province.code)-BHXH"
        let agencyName = "BHXH " + (province.isCity ? "thành phố " : "tỉnh ") + province.name
        rows.append(Unit(code: agencyCode, name: agencyName, kind: "agency",
                         series: moved[agencyCode] ?? .make(for: .agency, years: years, random: &random)))
        self.rows = rows
    }

    /// The agency row (always last).
    var agency: Unit { rows[rows.count - 1] }

    /// The province's total of one figure in year `offset` (from the first year), over units that have it.
    func total(_ figure: (SampleSeries) -> [Int]?, at offset: Int) -> Int {
        rows.reduce(0) { sum, unit in sum + (figure(unit.series)?[offset] ?? 0) }
    }
}
