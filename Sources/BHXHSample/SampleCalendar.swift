/// The years of the national sample: actual data from `firstYear` to the year before the base,
/// the base year as an estimate with an actual to the end of `baseMonth`, the plan years after it,
/// and an estimate of the first plan year for the results report.
struct SampleCalendar: Sendable {
    /// The first year with data.
    let firstYear = 2015
    /// The plans' base year.
    let baseYear = 2025
    /// The month of the base year's to-month actual.
    let baseMonth = 9
    /// The plan years.
    let planYears = Array(2026...2030)

    /// The year of the results reports: the first plan year.
    var reportYear: Int { planYears[0] }
    /// How many years of figures each unit needs: from the first year to the report year.
    var seriesLength: Int { reportYear - firstYear + 1 }
    /// The position of the base year in a unit's series.
    var baseOffset: Int { baseYear - firstYear }
    /// "09".
    var baseMonthText: String { baseMonth < 10 ? "0\(baseMonth)" : "\(baseMonth)" }
}
