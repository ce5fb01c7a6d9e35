import AdministrativeRegister
import DelimitedText

/// The old register of the communes that went into a province on 1 July 2025 and the official
/// conversion rows for them, as `history/units.csv` and `history/crosswalk.csv`, with the share of
/// each split commune (listed on several rows) left blank, to be filled in.
struct ProvinceHistory {
    /// The old units and the rows into the province's communes.
    let predecessors: Predecessors

    /// history/units.csv, in the columns of units.csv.
    var unitsFile: [UInt8] {
        var writer = DelimitedTextWriter()
        writer.write(["code", "name", "kind", "parent"].map(DelimitedCell.text))
        for unit in predecessors.units {
            writer.write([.text(unit.code), .text(unit.printedName), .text(unit.kind), .text(unit.parentCode ?? "")])
        }
        return writer.bytes
    }

    /// history/crosswalk.csv: `old_code,new_code,share`, every share blank (a whole move needs none;
    /// a split one is to be filled in).
    var crosswalkFile: [UInt8] {
        var writer = DelimitedTextWriter()
        writer.write(["old_code", "new_code", "share"].map(DelimitedCell.text))
        for row in predecessors.rows {
            writer.write([.text(row.oldCode), .text(row.newCode), .number("")])
        }
        return writer.bytes
    }
}
