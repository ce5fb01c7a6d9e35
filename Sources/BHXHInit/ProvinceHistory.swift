import AdministrativeRegister
import DelimitedText

/// The old register of the communes that went into a province on 1 July 2025 and the official
/// conversion rows for them, as `history/units.csv` and `history/crosswalk.csv`: every old commune
/// with a row into one of the province's communes, with its old district and old province; the
/// share of each split commune (listed on several rows) left blank, to be filled in.
struct ProvinceHistory {
    /// The old units, each after its parent, in the order of the old register.
    let oldUnits: [RegisterUnit]
    /// The conversion rows into the province, in the order of the official table.
    let rows: [RegisterCrosswalk.Row]

    /// The history of the communes of `communes` (new codes) in `register`. Rows naming an old code
    /// the old register does not have are left out (the table has 11 such).
    init(communes: [RegisterUnit], register: ShippedRegister) {
        let before = register.before
        let rows = communes.flatMap { register.communes.rows(toNew: $0.code) }
            .filter { before.unit(code: $0.oldCode) != nil }
        var wanted = Set<String>()
        for row in rows {
            wanted.insert(row.oldCode)
            wanted.formUnion(before.ancestors(of: row.oldCode).map(\.code))
        }
        oldUnits = before.units.filter { wanted.contains($0.code) }
        // The official table's order: by old code as it lists them.
        let order = Dictionary(register.communes.rows.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        self.rows = rows.sorted { (order[$0] ?? 0) < (order[$1] ?? 0) }
    }

    /// history/units.csv, in the columns of units.csv.
    var unitsFile: [UInt8] {
        var writer = DelimitedTextWriter()
        writer.write(["code", "name", "kind", "parent"].map(DelimitedCell.text))
        for unit in oldUnits {
            writer.write([.text(unit.code), .text(unit.printedName), .text(unit.kind), .text(unit.parentCode ?? "")])
        }
        return writer.bytes
    }

    /// The old communes listed on more than one row: split, so each row needs a share.
    var splitCodes: Set<String> {
        var seen = Set<String>(), split = Set<String>()
        for row in rows where !seen.insert(row.oldCode).inserted { split.insert(row.oldCode) }
        return split
    }

    /// history/crosswalk.csv: `old_code,new_code,share`, every share blank (a whole move needs none;
    /// a split one is to be filled in).
    var crosswalkFile: [UInt8] {
        var writer = DelimitedTextWriter()
        writer.write(["old_code", "new_code", "share"].map(DelimitedCell.text))
        for row in rows {
            writer.write([.text(row.oldCode), .text(row.newCode), .number("")])
        }
        return writer.bytes
    }
}
