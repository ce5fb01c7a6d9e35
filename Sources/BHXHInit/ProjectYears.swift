/// The years a new project starts with: the plan period now being written and its base year.
enum ProjectYears {
    /// The year the data template is for and the plan starts from.
    static let baseYear = 2025
    /// The plan period 2026–2030.
    static let planYears = Array(2026...2030)
}
