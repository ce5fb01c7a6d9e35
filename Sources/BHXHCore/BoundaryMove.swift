import Foundation
import VietnameseFormat

/// Moves figures counted in an old register into the new one through a `Crosswalk`: a unit
/// moved whole gives its figure to its new unit; a split unit's figure is divided over the shares
/// of all its rows by largest remainder (ties to the row listed first), so the parts add up to it
/// exactly, and each row's part goes to that row's new unit. Each new unit gets the sum of what it
/// receives — unknown if any old unit feeding it has no figure, and unknown when nothing feeds it.
public enum BoundaryMove {
    /// `dataset`, counted in the old register, as a dataset of `tree` (the project's units),
    /// marked as moved. A new unit's row is that of the first old unit feeding it, for messages.
    public static func move(_ dataset: Dataset, through crosswalk: Crosswalk, into tree: UnitTree) -> Dataset {
        let count = tree.units.count
        var given: [DataField: [Decimal?]] = [:]
        for field in dataset.given.keys {
            given[field] = move(dataset.figures[field] ?? [], through: crosswalk, unitCount: count)
        }
        var rowLines = Array(repeating: 0, count: count)
        for move in crosswalk.moves where move.new < count && rowLines[move.new] == 0 && move.old < dataset.rowLines.count {
            rowLines[move.new] = dataset.rowLines[move.old]
        }
        return Dataset(year: dataset.year, status: dataset.status, source: dataset.source, given: given,
                       rowLines: rowLines, fieldColumns: dataset.fieldColumns, tree: tree, movedAcrossBoundary: true)
    }

    /// One column of figures of the old units (by old position) as a column of `unitCount` new
    /// units. A row whose new unit is not below `unitCount` is left out: its part of a split is
    /// counted in no unit, and the other rows keep theirs.
    public static func move(_ column: [Decimal?], through crosswalk: Crosswalk, unitCount: Int) -> [Decimal?] {
        var sums = Array(repeating: DecimalSum(), count: unitCount)
        var fed = Array(repeating: false, count: unitCount)
        var unknown = Array(repeating: false, count: unitCount)
        for unit in crosswalk.movesByOldUnit {
            let value = unit.old < column.count ? column[unit.old] : nil
            if let value, unit.targets.count == 1 {
                let target = unit.targets[0]
                guard target < unitCount else { continue }
                fed[target] = true
                sums[target].add(value)
                continue
            }
            // A split: in integers for a whole figure (the usual count of people), else exactly in `Decimal`.
            if let value, let whole = value.wholeNumber, LargestRemainder.split(whole, over: unit.shares, { row, part in
                let target = unit.targets[row]
                guard target < unitCount else { return }
                fed[target] = true
                sums[target].add(whole: part)
            }) {
                continue
            }
            let parts = value.flatMap { LargestRemainder.allocate($0, weights: unit.shares) }
            for (row, target) in unit.targets.enumerated() where target < unitCount {
                fed[target] = true
                if let parts {
                    sums[target].add(parts[row])
                } else {
                    unknown[target] = true
                }
            }
        }
        return (0..<unitCount).map { fed[$0] && !unknown[$0] ? sums[$0].value : nil }
    }
}
