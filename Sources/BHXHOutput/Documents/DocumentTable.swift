import BHXHCore
import TemplateEngine

/// One table of a document as every format writes it: its name ("Phụ lục 1", "Bảng 1"), the
/// title lines above it, the stem of its files (`phu-luc-1` → `.csv`, `.md`) and the table.
struct DocumentTable: Sendable {
    /// "Phụ lục 1", "Bảng 1": the sheet's name in a workbook.
    var name: String
    /// The lines above the table ("PHỤ LỤC 1", its title, "(Kèm theo …)").
    var titleLines: [String]
    /// The name of its files without the extension: `phu-luc-1`, `bang-1`.
    var stem: String
    /// The table.
    var table: Table
    /// Its values for the templates (`phu-luc.md`, `bang.md`), built once.
    var templateValue: TemplateValue
}
