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

    /// The rows in file order (the order breaks ties when a figure is split).
    public let moves: [Move]
    /// The old units that move, in the order of their first row, each with its rows' positions in `moves`.
    public let movesByOldUnit: [(old: UnitTree.Index, rows: [Int])]

    /// Creates the crosswalk from its rows (checked by the reader: shares of a split unit add up to 1).
    public init(moves: [Move]) {
        self.moves = moves
        var order: [UnitTree.Index] = []
        var rows: [UnitTree.Index: [Int]] = [:]
        for (position, move) in moves.enumerated() {
            if rows[move.old] == nil { order.append(move.old) }
            rows[move.old, default: []].append(position)
        }
        movesByOldUnit = order.map { ($0, rows[$0] ?? []) }
    }
}
