/// The units of a project as a tree, in the display order of `units.csv`.
/// Units are addressed by their position (`UnitTree.Index`) for fast, array-based figures.
public struct UnitTree: Sendable {
    /// A unit's position in `units`.
    public typealias Index = Int

    /// All units in display order.
    public let units: [AdminUnit]
    /// The parent of each unit (nil for roots).
    public let parents: [Index?]
    /// The children of each unit, in display order.
    public let children: [[Index]]
    /// Every unit after all of its descendants (children first), for bottom-up sums.
    public let bottomUp: [Index]
    private let indexByCode: [String: Index]

    /// Builds the tree. Units whose parent is unknown, duplicated codes and cycles must have been
    /// rejected by validation; here an unknown parent makes a unit a root and a cycle is cut.
    public init(units: [AdminUnit]) {
        var indexByCode: [String: Index] = [:]
        for (index, unit) in units.enumerated() where indexByCode[unit.code] == nil {
            indexByCode[unit.code] = index
        }
        var parents: [Index?] = units.map { $0.parentCode.flatMap { indexByCode[$0] } }
        // Cut cycles so that every walk up the tree ends. A walk stops at a unit an earlier walk
        // has cleared (from there on it reaches a root), so each unit is walked through about once.
        var cleared = Array(repeating: false, count: units.count)
        var walkOf = Array(repeating: -1, count: units.count)  // the start whose walk met the unit
        for start in units.indices where !cleared[start] {
            walkOf[start] = start
            var current = start
            while !cleared[current], let parent = parents[current] {
                if walkOf[parent] == start {
                    parents[current] = nil
                    break
                }
                walkOf[parent] = start
                current = parent
            }
            var index: Index? = start
            while let unit = index, !cleared[unit] {
                cleared[unit] = true
                index = parents[unit]
            }
        }
        self.init(checked: units, indexByCode: indexByCode, parents: parents)
    }

    /// Builds the tree of units a reader has already checked, from what the check worked out:
    /// `indexByCode` gives the position of every unit's code (codes unique) and `parents` each
    /// unit's parent, with no chain of parents going round. Nothing is looked up again.
    public init(checked units: [AdminUnit], indexByCode: [String: Index], parents: [Index?]) {
        var children = Array(repeating: [Index](), count: units.count)
        for (index, parent) in parents.enumerated() {
            if let parent { children[parent].append(index) }
        }
        var bottomUp: [Index] = []
        bottomUp.reserveCapacity(units.count)
        func visit(_ index: Index) {
            for child in children[index] { visit(child) }
            bottomUp.append(index)
        }
        for index in units.indices where parents[index] == nil { visit(index) }

        self.units = units
        self.parents = parents
        self.children = children
        self.bottomUp = bottomUp
        self.indexByCode = indexByCode
    }

    /// The position of the unit with this code.
    public func index(of code: String) -> Index? { indexByCode[code] }

    /// The unit with this code.
    public func unit(_ code: String) -> AdminUnit? { indexByCode[code].map { units[$0] } }

    /// The chain of ancestors from the parent up to the root.
    public func ancestors(of index: Index) -> [Index] {
        var result: [Index] = []
        var current = parents[index]
        while let parent = current {
            result.append(parent)
            current = parents[parent]
        }
        return result
    }
}
