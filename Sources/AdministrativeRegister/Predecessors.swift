/// The old units that went into some new units on 1 July 2025, and the conversion rows that say how.
public struct Predecessors: Sendable {
    /// The old communes with a row into one of the new units, with their old districts and old
    /// provinces: each after its parent, in the order of the old register.
    public let units: [RegisterUnit]
    /// The rows into the new units, in the order of the official table; rows naming an old code
    /// the old register does not have (the table has 11) are left out.
    public let rows: [RegisterCrosswalk.Row]

    /// The old communes listed on more than one row: split, so each of their rows needs a share.
    public var splitCodes: Set<String> {
        var seen = Set<String>(), split = Set<String>()
        for row in rows where !seen.insert(row.oldCode).inserted { split.insert(row.oldCode) }
        return split
    }
}

extension ShippedRegister {
    /// The predecessors of the new units `newCodes` (communes of `current`).
    public func predecessors(of newCodes: Set<String>) -> Predecessors {
        let rows = communes.rows.filter { newCodes.contains($0.newCode) && before.unit(code: $0.oldCode) != nil }
        var wanted = Set<String>()
        for row in rows where wanted.insert(row.oldCode).inserted {
            wanted.formUnion(before.ancestors(of: row.oldCode).map(\.code))
        }
        return Predecessors(units: before.units.filter { wanted.contains($0.code) }, rows: rows)
    }
}
