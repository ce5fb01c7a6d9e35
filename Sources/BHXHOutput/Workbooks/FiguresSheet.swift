import BHXHCore
import Spreadsheet
import VietnameseFormat

/// The sheet "Số liệu": the rows of `figures.csv` (unit, name, scheme, year, status, measure,
/// value), the year and the value as numbers — counts whole and grouped, percentages with 4
/// decimals — under a bold, bordered header row that stays in view and repeats on every page.
struct FiguresSheet {
    let figures: [TidyFigure]

    /// The sheet's name.
    static let name = "Số liệu"

    /// The sheet.
    var worksheet: Worksheet {
        var sheet = Worksheet(name: Self.name)
        let header = sheet.style(CellStyle(font: Font(name: SheetStyles.font.name, size: SheetStyles.font.size, bold: true),
                                           border: .thin, horizontal: .center, vertical: .center))
        let year = sheet.style(CellStyle(font: SheetStyles.font, horizontal: .center, numberFormat: "0"))
        let count = sheet.style(CellStyle(font: SheetStyles.font, numberFormat: SheetStyles.numberFormat(decimals: 0)))
        let percent = sheet.style(CellStyle(font: SheetStyles.font, numberFormat: SheetStyles.numberFormat(decimals: 4)))
        sheet.setRow(1, TidyCSV.header.map { SheetCell(.text($0), style: header) })
        var widths = TidyCSV.header.map(\.count)
        for (offset, figure) in figures.enumerated() {
            let decimals = figure.measure.isPercent ? 4 : 0
            let value = NumberStyle.plain.format(figure.value, decimals: decimals)
            let texts = [figure.unitCode, figure.unitName, figure.scheme.rawValue, figure.status.key, figure.measure.rawValue]
            sheet.setRow(offset + 2, [
                SheetCell(.text(texts[0])), SheetCell(.text(texts[1])), SheetCell(.text(texts[2])),
                SheetCell(.number(DecimalText(figure.year)), style: year),
                SheetCell(.text(texts[3])), SheetCell(.text(texts[4])),
                SheetCell(DecimalText(value).map { .number($0) } ?? .text(value), style: figure.measure.isPercent ? percent : count),
            ])
            for (position, text) in zip([0, 1, 2, 4, 5], texts) where text.utf8.count > widths[position] {
                widths[position] = max(widths[position], text.count)
            }
            widths[6] = max(widths[6], SheetFit.groupedLength(value))
        }
        sheet.columnWidths = widths.map { min($0 + 2, SheetFit.widest) * 10 }
        sheet.frozenRows = 1
        sheet.printTitleRows = 1...1
        sheet.page = SheetStyles.page
        return sheet
    }
}
