import Foundation

/// How the units of an old register went into the units of the new one across a boundary change
/// (`history/crosswalk.csv`): each row moves an old unit, whole or a share of it, into a new unit.
public struct Crosswalk: Sendable {
    /// One row: (a share of) an old unit going into a new unit.
    public struct Move: Sendable, Hashable {
        /// The old unit, a position in the old register's tree.
        public var old: UnitTree.Index
        /// The new unit, a position in the project's tree.
        public var new: UnitTree.Index
        /// The part of the old unit that went into the new one: 1 when it moved whole.
        public var share: Decimal

        /// Creates a move.
        public init(old: UnitTree.Index, new: UnitTree.Index, share: Decimal = 1) {
            self.old = old
            self.new = new
            self.share = share
        }
    }

    /// An old unit that moves, with its rows prepared once for moving any number of figures.
    public struct OldUnit: Sendable {
        /// The old unit, a position in the old register's tree.
        public let old: UnitTree.Index
        /// The new unit of each of its rows, in file order.
        public let targets: [UnitTree.Index]
        /// The share of each of its rows, in file order, ready for `LargestRemainder`.
        public let shares: LargestRemainder.Weights
    }

    /// The rows in file order (the order breaks ties when a figure is split).
    public let moves: [Move]
    /// The old units that move, in the order of their first row.
    public let movesByOldUnit: [OldUnit]

    /// Creates the crosswalk from its rows (checked by the reader: shares of a split unit add up to 1).
    public init(moves: [Move]) {
        self.moves = moves
        var order: [UnitTree.Index] = []
        var rows: [UnitTree.Index: [Move]] = [:]
        for move in moves {
            if rows[move.old] == nil { order.append(move.old) }
            rows[move.old, default: []].append(move)
        }
        movesByOldUnit = order.map { old in
            let moves = rows[old] ?? []
            return OldUnit(old: old, targets: moves.map(\.new), shares: LargestRemainder.Weights(moves.map(\.share)))
        }
    }
}
