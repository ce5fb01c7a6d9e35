import AdministrativeRegister
import BHXHCore
import Foundation

/// Made-up shares for the old communes that were split on 1 July 2025 (the official table gives
/// none): whole percents, at least 1 each, adding up to exactly 100 for each old commune.
struct SampleShares: Sendable {
    /// The percent of each row of a split commune, by row; rows of whole moves have none.
    private let percents: [RegisterCrosswalk.Row: Int]

    /// Draws the shares of every old commune listed on several of `rows`.
    init(rows: [RegisterCrosswalk.Row], random: inout SampleRandom) {
        var rowsOf: [String: [RegisterCrosswalk.Row]] = [:]
        var order: [String] = []
        for row in rows {
            if rowsOf[row.oldCode] == nil { order.append(row.oldCode) }
            rowsOf[row.oldCode, default: []].append(row)
        }
        var percents: [RegisterCrosswalk.Row: Int] = [:]
        for code in order {
            guard let group = rowsOf[code], group.count > 1 else { continue }
            // Each row 1 percent, the rest by random weights.
            let weights = group.map { _ in random.number(in: 1...9) }
            for (row, part) in zip(group, Self.split(100 - group.count, weights: weights)) {
                percents[row] = part + 1
            }
        }
        self.percents = percents
    }

    /// The row's percent; nil for a whole move.
    func percent(_ row: RegisterCrosswalk.Row) -> Int? { percents[row] }

    /// "0.37" for 37 percent, "" for a whole move: the cell of history/crosswalk.csv.
    func cell(_ row: RegisterCrosswalk.Row) -> String {
        guard let percent = percents[row] else { return "" }
        return percent == 100 ? "1" : "0.\(percent < 10 ? "0" : "")\(percent)"
    }

    /// `total` split over `weights` in whole parts adding up to it (largest remainder, ties to
    /// the first), as the tool splits the figures of a split commune.
    static func split(_ total: Int, weights: [Int]) -> [Int] {
        let parts = LargestRemainder.allocate(Decimal(total), weights: weights.map { Decimal($0) }) ?? []
        return parts.map { NSDecimalNumber(decimal: $0).intValue }
    }
}
