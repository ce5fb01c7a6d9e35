import BHXHCore
import Spreadsheet

/// The looks of an official table's sheet: Times New Roman throughout, bold centred title lines
/// (the "(Kèm theo …)" line italic), bold wrapped headings, thin borders on every table cell,
/// counts grouped (`#,##0`), percentages with the table's decimals, agency rows italic, the
/// total bold.
enum SheetStyles {
    /// The font of every cell and of the running foot.
    static let font = Font(name: "Times New Roman", size: 12)

    /// A title line: the first and the title bold, an attachment line ("(Kèm theo …)") italic.
    static func title(_ line: String) -> CellStyle {
        let italic = line.hasPrefix("(")
        return CellStyle(font: Font(name: font.name, size: font.size, bold: !italic, italic: italic),
                         horizontal: .center, vertical: .center, wraps: true)
    }

    /// A heading cell.
    static let heading = CellStyle(font: Font(name: font.name, size: font.size, bold: true), border: .thin,
                                   horizontal: .center, vertical: .center, wraps: true)

    /// A body cell of `kind` on a row of `rowKind`; `decimals` for numbers.
    static func body(_ kind: Column.Kind, decimals: Int, position: Int, row rowKind: TableRow.Kind) -> CellStyle {
        let rowFont = Font(name: font.name, size: font.size, bold: rowKind == .total, italic: rowKind == .agency)
        switch kind {
        case .text:
            return CellStyle(font: rowFont, border: .thin, horizontal: position == 0 ? .center : .left, vertical: .center, wraps: position != 0)
        case .count, .percent:
            return CellStyle(font: rowFont, border: .thin, horizontal: .right, vertical: .center, numberFormat: numberFormat(decimals: decimals))
        }
    }

    /// "#,##0" for whole numbers, "#,##0.00" for two decimals.
    static func numberFormat(decimals: Int) -> String {
        decimals > 0 ? "#,##0." + String(repeating: "0", count: decimals) : "#,##0"
    }

    /// Print setup of every sheet: A4 landscape, one page wide, centred, margins as the printed
    /// appendix (20 mm top and bottom, 15 mm sides), "Trang n/m" centred at the foot.
    static let page = PageSetup(paperSize: 9, landscape: true, fitToPage: FitToPage(width: 1, height: 0),
                                margins: PageMargins(left: 59, right: 59, top: 79, bottom: 79, header: 30, footer: 30),
                                centredHorizontally: true, footer: "&CTrang &P/&N")
}
