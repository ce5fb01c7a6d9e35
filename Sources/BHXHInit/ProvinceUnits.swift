import AdministrativeRegister
import DelimitedText

/// `units.csv` and the data template of a new province project, from the official register.
struct ProvinceUnits {
    /// The province as the register has it.
    let province: RegisterUnit
    /// Its communes, wards and special zones in the register's order.
    let communes: [RegisterUnit]

    /// The agency row's code: "20-BHXH".
    var agencyCode: String { "\(province.code)-BHXH" }
    /// "BHXH tỉnh" or, for a centrally-run city, "BHXH thành phố".
    var agencyName: String { province.kind == "city" ? "BHXH thành phố" : "BHXH tỉnh" }

    /// units.csv: the province, its communes with their official codes, names and kinds, and the
    /// agency collecting directly.
    var unitsFile: [UInt8] {
        var writer = DelimitedTextWriter()
        writer.write(["code", "name", "kind", "parent"].map(DelimitedCell.text))
        writer.write([.text(province.code), .text(province.printedName), .text(province.kind), .text("")])
        for commune in communes {
            writer.write([.text(commune.code), .text(commune.printedName), .text(commune.kind), .text(province.code)])
        }
        writer.write([.text(agencyCode), .text(agencyName), .text("agency"), .text(province.code)])
        return writer.bytes
    }

    /// The figures a data file holds, by their English headers.
    static let dataColumns = ["labour_force", "population", "bhxh_bb", "bhxh_tn", "bhtn", "bhyt"]

    /// A data file to fill in: the headers, one row per commune and the agency, every figure empty.
    var dataTemplate: [UInt8] {
        var writer = DelimitedTextWriter()
        writer.write((["unit", "name"] + Self.dataColumns).map(DelimitedCell.text))
        let empty = Array(repeating: DelimitedCell.number(""), count: Self.dataColumns.count)
        for (code, name) in communes.map({ ($0.code, $0.printedName) }) + [(agencyCode, agencyName)] {
            writer.write([.text(code), .text(name)] + empty)
        }
        return writer.bytes
    }
}
