/// A realistic, made-up input folder for the whole country: the 34 provinces and centrally-run
/// cities with their 3,321 communes, wards and special zones (times `scale`) and an agency row
/// each, data from 2015 to 2025 (2025 as an estimate with an actual to September) and an
/// estimate for 2026, a 2026–2030 plan per province with all four schemes and a mix of target
/// methods, and a 2026 results report per province. The same seed and scale give the same
/// bytes on every machine. Every figure and commune name is illustrative, and says so.
public struct NationalSample: Sendable {
    /// Fixes every invented name and figure.
    public var seed: UInt64
    /// How many times the real number of communes each province gets (1 = 3,321 in all).
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

    /// The whole project folder, file by file.
    public func generate() -> SampleFolder {
        let calendar = SampleCalendar()
        var random = SampleRandom(seed: seed)
        var names = SampleNames()
        let data = SampleProvince.all.prefix(provinces).enumerated().map { index, province in
            SampleProvinceData(province: province, index: index, scale: scale, years: calendar.seriesLength,
                               names: &names, random: &random)
        }
        var folder = SampleFolder()
        folder.add("units.csv", SampleDataFiles.units(data))
        for year in calendar.firstYear..<calendar.baseYear {
            folder.add("data/\(year).csv", SampleDataFiles.data(data, offset: year - calendar.firstYear, content: .actual))
        }
        folder.add("data/\(calendar.baseYear)-\(calendar.baseMonthText).csv",
                   SampleDataFiles.data(data, offset: calendar.baseOffset, content: .throughMonth))
        folder.add("data/\(calendar.baseYear).estimate.csv",
                   SampleDataFiles.data(data, offset: calendar.baseOffset, content: .estimate(eligible: false)))
        folder.add("data/\(calendar.reportYear).estimate.csv",
                   SampleDataFiles.data(data, offset: calendar.reportYear - calendar.firstYear, content: .estimate(eligible: true)))
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
