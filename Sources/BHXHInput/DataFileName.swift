import BHXHCore

/// What a file in `data/` holds, told by its name: `2018.csv` (actual for the year),
/// `2018-08.csv` (actual to the end of August), `2018.estimate.csv` (estimate for the year).
struct DataFileName: Hashable {
    /// The year.
    let year: Int
    /// Actual, to-month actual or estimate.
    let status: DataStatus

    /// Reads a file name; nil when it follows none of the three patterns.
    init?(_ name: String) {
        guard name.hasSuffix(".csv") else { return nil }
        let stem = name.dropLast(4)
        let parts = stem.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 2, parts[1] == "estimate", let year = Self.year(parts[0]) {
            self.year = year
            status = .estimate
        } else if parts.count == 1 {
            let pieces = stem.split(separator: "-", omittingEmptySubsequences: false)
            if pieces.count == 1, let year = Self.year(pieces[0]) {
                self.year = year
                status = .actual
            } else if pieces.count == 2, let year = Self.year(pieces[0]), pieces[1].count == 2,
                      pieces[1].allSatisfy(\.isASCII), let month = Int(pieces[1]), (1...12).contains(month) {
                self.year = year
                status = .actualThrough(month: month)
            } else {
                return nil
            }
        } else {
            return nil
        }
    }

    private static func year(_ text: Substring) -> Int? {
        guard text.count == 4, text.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(text),
              (1900...2200).contains(year) else { return nil }
        return year
    }
}
