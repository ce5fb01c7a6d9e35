import AdministrativeRegister

/// A realistic, made-up input folder for the whole country on the official register: the
/// country, its 34 provinces and centrally-run cities with their 3,321 communes, wards and
/// special zones under their official codes and names (times `scale`), and an agency row each;
/// the years 2015–2024 counted in the old register under `history/` (its old provinces,
/// districts and communes, the official conversion rows, made-up shares for the split communes);
/// 2025 in the new units as an estimate with an actual to September, and an estimate for 2026;
/// a 2026–2030 plan per province with all four schemes and a mix of target methods, and a 2026
/// results report per province. The same seed and scale give the same bytes on every machine.
/// Every figure is illustrative, and says so.
public struct NationalSample: Sendable {
    /// Fixes every invented figure.
    public var seed: UInt64
    /// How many times the real number of communes each province gets (1 = 3,321 in all); the
    /// copies beyond the first have codes "<code>-2"… and no history.
    public var scale: Int
    /// How many provinces, from the top of the national list (at most 34).
    public var provinces: Int

    /// The number of provinces and centrally-run cities.
    public static let provinceCount = 34
    /// The seed used when none is given.
    public static let defaultSeed: UInt64 = 2025

    /// A sample description; `generate()` makes its files.
    public init(seed: UInt64 = defaultSeed, scale: Int = 1, provinces: Int = provinceCount) {
        self.seed = seed
        self.scale = max(1, scale)
        self.provinces = min(max(1, provinces), Self.provinceCount)
    }

    /// The whole project folder, file by file; an error when the shipped register cannot be read.
    public func generate() throws(RegisterError) -> SampleFolder {
        try generate(register: ShippedRegister.load())
    }

    /// The whole project folder on `register`.
    public func generate(register: ShippedRegister) -> SampleFolder {
        let calendar = SampleCalendar()
        var random = SampleRandom(seed: seed)
        let chosen = Array(SampleProvince.all(in: register.current).prefix(provinces))
        let history = SampleHistory(register: register, newCodes: Set(chosen.flatMap { $0.communes.map(\.code) }),
                                    provinces: chosen, years: calendar.seriesLength, random: &random)
        let moved = history.moved()
        let data = chosen.enumerated().map { index, province in
            SampleProvinceData(province: province, index: index, scale: scale, years: calendar.seriesLength,
                               moved: moved, random: &random)
        }
        let rows: SampleDataFiles.Rows = data.map { $0.rows.map { ($0.code, $0.series) } }
        let oldRows: SampleDataFiles.Rows = [history.predecessors.units.compactMap { unit in history.series[unit.code].map { (unit.code, $0) } }
            + history.agencies.compactMap { agency in history.series[agency.old.code].map { (agency.old.code, $0) } }]
        var folder = SampleFolder()
        folder.add("units.csv", SampleDataFiles.units(data))
        folder.add("history/units.csv", SampleDataFiles.oldUnits(history))
        folder.add("history/crosswalk.csv", SampleDataFiles.crosswalk(history))
        for year in calendar.firstYear..<calendar.baseYear {
            folder.add("history/data/\(year).csv", SampleDataFiles.data(oldRows, offset: year - calendar.firstYear, content: .actual))
        }
        folder.add("data/\(calendar.baseYear)-\(calendar.baseMonthText).csv",
                   SampleDataFiles.data(rows, offset: calendar.baseOffset, content: .throughMonth))
        folder.add("data/\(calendar.baseYear).estimate.csv",
                   SampleDataFiles.data(rows, offset: calendar.baseOffset, content: .estimate(eligible: false)))
        folder.add("data/\(calendar.reportYear).estimate.csv",
                   SampleDataFiles.data(rows, offset: calendar.reportYear - calendar.firstYear, content: .estimate(eligible: true)))
        for province in data {
            let definitions = SampleDefinitions(data: province, calendar: calendar, seed: seed,
                                                signer: SampleNames.personName(&random))
            folder.add("plans/\(definitions.planID).json", Array(definitions.plan.text.utf8))
            folder.add("plans/\(definitions.planID).md", Array(definitions.planNarrative.utf8))
            folder.add("reports/\(definitions.reportID).json", Array(definitions.report.text.utf8))
            folder.add("reports/\(definitions.reportID).md", Array(definitions.reportNarrative.utf8))
        }
        return folder
    }
}
