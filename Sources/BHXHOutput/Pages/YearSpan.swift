/// A run of years as pages write it: "2019" or "2019–2020", and in a sentence "năm 2019" or
/// "các năm 2019–2020" (never "2019–2019").
struct YearSpan: Sendable {
    /// The first and the last year, or nil for none.
    let bounds: (first: Int, last: Int)?

    /// The span of `years` (in any order).
    init(_ years: some Sequence<Int>) {
        var first: Int?
        var last: Int?
        for year in years {
            first = min(first ?? year, year)
            last = max(last ?? year, year)
        }
        bounds = first.flatMap { first in last.map { (first, $0) } }
    }

    /// "2019", "2019–2020", or empty.
    var range: String {
        guard let bounds else { return "" }
        return bounds.first == bounds.last ? String(bounds.first) : "\(bounds.first)–\(bounds.last)"
    }

    /// "năm 2019", "các năm 2019–2020", or empty.
    var phrase: String {
        guard let bounds else { return "" }
        return bounds.first == bounds.last ? "năm \(range)" : "các năm \(range)"
    }

    /// "Năm 2019", "Giai đoạn 2019–2020", or empty: a plan's period.
    var period: String {
        guard let bounds else { return "" }
        return bounds.first == bounds.last ? "Năm \(range)" : "Giai đoạn \(range)"
    }
}
