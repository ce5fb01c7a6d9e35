import BHXHCore
import Spreadsheet
import VietnameseFormat

/// The sheet "Số liệu": the rows of `figures.csv` (unit, name, scheme, year, status, measure,
/// value), the year and the value as numbers — counts whole and grouped, percentages with 4
/// decimals — under a bold header row that stays in view and repeats on every page.
struct FiguresSheet {
    let figures: [TidyFigure]

    /// The sheet's name.
    static let name = "Số liệu"

    /// The sheet.
    var worksheet: Worksheet {
        var sheet = Worksheet(name: Self.name)
        let header = CellStyle(font: Font(name: SheetStyles.font.name, size: SheetStyles.font.size, bold: true), border: .thin,
                               horizontal: .center, vertical: .center)
        let text = CellStyle(font: SheetStyles.font, border: .thin)
        let year = CellStyle(font: SheetStyles.font, border: .thin, horizontal: .center, numberFormat: "0")
        let count = CellStyle(font: SheetStyles.font, border: .thin, numberFormat: SheetStyles.numberFormat(decimals: 0))
        let percent = CellStyle(font: SheetStyles.font, border: .thin, numberFormat: SheetStyles.numberFormat(decimals: 4))
        for (position, title) in TidyCSV.header.enumerated() {
            sheet.set(SheetCell(.text(title), style: header), at: CellReference(row: 1, column: position + 1))
        }
        var widths = TidyCSV.header.map(\.count)
        for (offset, figure) in figures.enumerated() {
            let row = offset + 2
            let decimals = figure.measure.isPercent ? 4 : 0
            let value = NumberStyle.plain.format(figure.value, decimals: decimals)
            let texts = [figure.unitCode, figure.unitName, figure.scheme.rawValue]
            for (position, item) in texts.enumerated() {
                sheet.set(SheetCell(.text(item), style: text), at: CellReference(row: row, column: position + 1))
                widths[position] = max(widths[position], item.count)
            }
            sheet.set(SheetCell(.number(DecimalText(figure.year)), style: year), at: CellReference(row: row, column: 4))
            sheet.set(SheetCell(.text(figure.status.key), style: text), at: CellReference(row: row, column: 5))
            sheet.set(SheetCell(.text(figure.measure.rawValue), style: text), at: CellReference(row: row, column: 6))
            sheet.set(SheetCell(DecimalText(value).map { .number($0) } ?? .text(value), style: figure.measure.isPercent ? percent : count),
                      at: CellReference(row: row, column: 7))
            widths[4] = max(widths[4], figure.status.key.count)
            widths[5] = max(widths[5], figure.measure.rawValue.count)
            widths[6] = max(widths[6], value.count + value.count / 3)
        }
        sheet.columnWidths = widths.map { min($0 + 2, SheetFit.widest) * 10 }
        sheet.frozenRows = 1
        sheet.printTitleRows = 1...1
        sheet.page = SheetStyles.page
        return sheet
    }
}
