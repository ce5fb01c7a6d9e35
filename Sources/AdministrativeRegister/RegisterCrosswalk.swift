/// An old→new conversion table: which new unit(s) each old unit went into.
public struct RegisterCrosswalk: Sendable {
    /// One row: an old unit and one new unit it went into.
    public struct Row: Sendable, Hashable {
        /// The old unit's code, in the register before the change.
        public var oldCode: String
        /// The new unit's code, in the register after it.
        public var newCode: String
        /// True when the whole old unit went into this new unit; false when it was split; nil when the
        /// table does not say.
        public var oldWhole: Bool?

        /// Creates a row.
        public init(oldCode: String, newCode: String, oldWhole: Bool?) {
            self.oldCode = oldCode
            self.newCode = newCode
            self.oldWhole = oldWhole
        }
    }

    /// The rows in the order of the file.
    public let rows: [Row]
    private let byOld: [String: [Int]]
    private let byNew: [String: [Int]]

    /// Reads a conversion table (`old_code,new_code[,old_whole]`); an error names `path`.
    public init(csv bytes: [UInt8], path: String, hasWholeColumn: Bool) throws(RegisterError) {
        let table = try RegisterTable(bytes, path: path, columns: hasWholeColumn ? ["old_code", "new_code", "old_whole"] : ["old_code", "new_code"])
        var rows: [Row] = []
        for (number, cells) in table.rows.enumerated() {
            var whole: Bool?
            if hasWholeColumn {
                guard cells[2] == "0" || cells[2] == "1" else {
                    throw RegisterError(path: path, message: "line \(number + 2): old_whole is \"\(cells[2])\", not 0 or 1; the register file is damaged — install the program again")
                }
                whole = cells[2] == "1"
            }
            rows.append(Row(oldCode: cells[0], newCode: cells[1], oldWhole: whole))
        }
        self.init(rows: rows)
    }

    /// A table of `rows`.
    public init(rows: [Row]) {
        var byOld: [String: [Int]] = [:]
        var byNew: [String: [Int]] = [:]
        for (position, row) in rows.enumerated() {
            byOld[row.oldCode, default: []].append(position)
            byNew[row.newCode, default: []].append(position)
        }
        self.rows = rows
        self.byOld = byOld
        self.byNew = byNew
    }

    /// The rows of an old unit: where it went (several rows when it was split).
    public func rows(fromOld code: String) -> [Row] {
        (byOld[code] ?? []).map { rows[$0] }
    }

    /// The rows of a new unit: the old units that went into it.
    public func rows(toNew code: String) -> [Row] {
        (byNew[code] ?? []).map { rows[$0] }
    }
}
