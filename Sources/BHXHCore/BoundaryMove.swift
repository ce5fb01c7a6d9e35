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
        var columns: [DataField: FigureColumn] = [:]
        for field in dataset.givenFields {
            columns[field] = move(dataset.column(field) ?? FigureColumn(unknownCount: 0), through: crosswalk, unitCount: count)
        }
        var rowLines = Array(repeating: 0, count: count)
        for move in crosswalk.moves where move.new < count && rowLines[move.new] == 0 && move.old < dataset.rowLines.count {
            rowLines[move.new] = dataset.rowLines[move.old]
        }
        return Dataset(year: dataset.year, status: dataset.status, source: dataset.source, columns: columns,
                       rowLines: rowLines, fieldColumns: dataset.fieldColumns, tree: tree, movedAcrossBoundary: true)
    }

    /// One column of figures of the old units (by old position) as a column of `unitCount` new
    /// units. A row whose new unit is not below `unitCount` is left out: its part of a split is
    /// counted in no unit, and the other rows keep theirs.
    public static func move(_ column: [Decimal?], through crosswalk: Crosswalk, unitCount: Int) -> [Decimal?] {
        move(FigureColumn(column), through: crosswalk, unitCount: unitCount).figures
    }

    /// `move(_:through:unitCount:)` of a column of figures, in integers for whole figures.
    public static func move(_ column: FigureColumn, through crosswalk: Crosswalk, unitCount: Int) -> FigureColumn {
        var sums = Sums(count: unitCount)
        for unit in crosswalk.movesByOldUnit {
            let known = unit.old < column.count && column.isKnown(unit.old)
            let whole = known ? column.whole(unit.old) : nil
            if known, unit.targets.count == 1 {
                let target = unit.targets[0]
                guard target < unitCount else { continue }
                if let whole { sums.add(whole: whole, to: target) } else { sums.add(column[unit.old]!, to: target) }
                continue
            }
            // A split: in integers for a whole figure (the usual count of people), else exactly in `Decimal`.
            if let whole, LargestRemainder.split(whole, over: unit.shares, { row, part in
                let target = unit.targets[row]
                if target < unitCount { sums.add(whole: part, to: target) }
            }) {
                continue
            }
            let parts = known ? LargestRemainder.allocate(column[unit.old]!, weights: unit.shares) : nil
            for (row, target) in unit.targets.enumerated() where target < unitCount {
                if let parts {
                    sums.add(parts[row], to: target)
                } else {
                    sums.markUnknown(target)
                }
            }
        }
        return sums.column
    }

    /// What each new unit receives: the sum of its parts (in integers while they fit), whether it
    /// received any, and whether one of them was unknown.
    private struct Sums {
        private var wholes: [Int]
        /// The sums that left the integers (a part that is not whole, or an overflow), without
        /// the unit's integer sum in `wholes`.
        private var exact: [Int: DecimalSum] = [:]
        private var fed: [Bool]
        private var unknown: [Bool]

        init(count: Int) {
            wholes = Array(repeating: 0, count: count)
            fed = Array(repeating: false, count: count)
            unknown = fed
        }

        @inline(__always)
        mutating func add(whole: Int, to target: Int) {
            fed[target] = true
            let (sum, overflow) = wholes[target].addingReportingOverflow(whole)
            if overflow {
                addExactly(whole: whole, to: target)
            } else {
                wholes[target] = sum
            }
        }

        @inline(never)
        private mutating func addExactly(whole: Int, to target: Int) {
            exact[target, default: DecimalSum()].add(whole: whole)
        }

        mutating func add(_ part: Decimal, to target: Int) {
            fed[target] = true
            exact[target, default: DecimalSum()].add(part)
        }

        mutating func markUnknown(_ target: Int) {
            fed[target] = true
            unknown[target] = true
        }

        /// The new units' figures: unknown where nothing fed a unit or a part was unknown.
        var column: FigureColumn {
            var column = FigureColumn(unknownCount: wholes.count)
            for target in wholes.indices where fed[target] && !unknown[target] {
                if var sum = exact[target] {
                    sum.add(whole: wholes[target])
                    column[target] = sum.value
                } else {
                    column.set(whole: wholes[target], at: target)
                }
            }
            return column
        }
    }
}
