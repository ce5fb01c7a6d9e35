/// One province of the national sample: its communes (wards, communes, special zones) and its
/// social-insurance agency, each with invented yearly figures.
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

    /// Special zones (đặc khu) per province, 13 in all, listed last among its communes.
    private static let specialZones = ["QNH": 2, "HPG": 2, "QTI": 1, "DNG": 1, "QNI": 1, "KHA": 1,
                                       "HCM": 1, "AGG": 2, "LDG": 1, "CMU": 1]

    /// Invents the units and figures of `province` for `years` years, `scale` times its communes.
    init(province: SampleProvince, index: Int, scale: Int, years: Int, names: inout SampleNames, random: inout SampleRandom) {
        self.province = province
        self.index = index
        names.reset()
        let count = province.communes * scale
        let special = Self.specialZones[province.code] ?? 0
        let wardShare = province.isCity ? 60 : 15
        var rows: [Unit] = []
        rows.reserveCapacity(count + 1)
        for number in 1...count {
            let place: SampleSeries.Place
            let kind: String, prefix: String
            if number > count - special {
                (place, kind, prefix) = (.specialZone, "special", "Đặc khu")
            } else if random.number(in: 1...100) <= wardShare {
                (place, kind, prefix) = (.ward, "ward", "Phường")
            } else {
                (place, kind, prefix) = (.commune, "commune", "Xã")
            }
            let code = "\(province.code)-\(Self.padded(number))"
            rows.append(Unit(code: code, name: "\(prefix) \(names.placeName(&random))", kind: kind,
                             series: .make(for: place, years: years, random: &random)))
        }
        let agencyName = "BHXH " + (province.isCity ? "thành phố " : "tỉnh ") + province.name
        rows.append(Unit(code: "\(province.code)-BHXH", name: agencyName, kind: "agency",
                         series: .make(for: .agency, years: years, random: &random)))
        self.rows = rows
    }

    /// The agency row (always last).
    var agency: Unit { rows[rows.count - 1] }

    /// The province's total of one figure in year `offset` (from the first year), over units that have it.
    func total(_ figure: (SampleSeries) -> [Int]?, at offset: Int) -> Int {
        rows.reduce(0) { sum, unit in sum + (figure(unit.series)?[offset] ?? 0) }
    }

    /// "007", "123", "1024".
    private static func padded(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }
}
