import Foundation

/// Edits of the shipped example's plan definition that several build tests make.
enum ExamplePlanEdits {
    /// The plan stretched from 2019–2020 to 2019–2024, every rate of 2020 repeated for the years
    /// added: appendices too wide for one landscape page even at 9 pt.
    static func sixYears(_ json: String) throws -> String {
        let years = json.replacingOccurrences(of: "\"years\": [2019, 2020]", with: "\"years\": [2019, 2020, 2021, 2022, 2023, 2024]")
        let rate = try NSRegularExpression(pattern: "\"2020\": ([0-9.]+)")
        return rate.stringByReplacingMatches(in: years, range: NSRange(years.startIndex..., in: years),
                                             withTemplate: "\"2020\": $1, \"2021\": $1, \"2022\": $1, \"2023\": $1, \"2024\": $1")
    }
}
