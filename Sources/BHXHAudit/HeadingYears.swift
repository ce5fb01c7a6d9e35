import Foundation
import VietnameseFormat

/// The years and the month a heading names: "Tốc độ phát triển (2019 so với ước TH 2018)" is about
/// 2019 compared with 2018; "Số đã thực hiện đến tháng 8/2018" is about 2018 up to August.
struct HeadingYears: Hashable {
    /// The year the column is about: the first year named before "so với", if any.
    var year: Int?
    /// The year it compares with: the first year named after "so với", if any.
    var comparedYear: Int?
    /// The month named with the year ("8/2018", "tháng 8 năm 2018"), if any.
    var month: Int?

    /// Reads the years and month of a heading as typed.
    init(_ heading: String) {
        let comparison = heading.range(of: "so với", options: [.caseInsensitive, .diacriticInsensitive])
        let own = comparison.map { String(heading[..<$0.lowerBound]) } ?? heading
        let compared = comparison.map { String(heading[$0.upperBound...]) } ?? ""
        let ownDates = Self.dates(in: own)
        year = ownDates.first?.year
        month = ownDates.first?.month
        comparedYear = Self.dates(in: compared).first?.year
    }

    /// The years in `text`, each with the month written just before it ("8/2018", "08-2018",
    /// "tháng 8 năm 2018"), in order.
    private static func dates(in text: String) -> [(year: Int, month: Int?)] {
        // Digit runs with the text between them.
        var runs: [(digits: String, before: String)] = []
        var digits = ""
        var between = ""
        for character in text {
            if character.isASCII && character.isNumber {
                digits.append(character)
            } else {
                if !digits.isEmpty {
                    runs.append((digits, between))
                    digits = ""
                    between = ""
                }
                between.append(character)
            }
        }
        if !digits.isEmpty { runs.append((digits, between)) }

        var dates: [(year: Int, month: Int?)] = []
        for (position, run) in runs.enumerated() {
            guard run.digits.count == 4, let year = Int(run.digits), (1900...2199).contains(year) else { continue }
            var month: Int?
            if position > 0, let previous = Int(runs[position - 1].digits), (1...12).contains(previous) {
                let joint = foldedForMatching(run.before)
                let slash = ["/", "-", "."].contains(run.before)
                let words = joint == "nam" && foldedForMatching(runs[position - 1].before).hasSuffix("thang")
                if slash || words { month = previous }
            }
            dates.append((year, month))
        }
        return dates
    }
}
