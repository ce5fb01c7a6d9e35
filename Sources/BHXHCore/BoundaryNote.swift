/// The note under a table or series some of whose years were counted in the old register and
/// moved into the new units (`history/`): "Số liệu năm 2018 quy đổi theo địa giới mới."
public enum BoundaryNote {
    /// The note for `years` moved across the boundary change; nil when there are none. A run of
    /// three or more consecutive years is written as a range ("2015–2024").
    public static func text(movedYears years: [Int]) -> String? {
        let sorted = Array(Set(years)).sorted()
        guard !sorted.isEmpty else { return nil }
        var runs: [[Int]] = []
        for year in sorted {
            if let last = runs.last?.last, last + 1 == year { runs[runs.count - 1].append(year) } else { runs.append([year]) }
        }
        let parts = runs.flatMap { run in
            run.count >= 3 ? ["\(run[0])–\(run[run.count - 1])"] : run.map(String.init)
        }
        let plural = sorted.count > 1 ? "các năm" : "năm"
        return "Số liệu \(plural) \(parts.joined(separator: ", ")) quy đổi theo địa giới mới."
    }
}
