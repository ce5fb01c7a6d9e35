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
        var widestNames = 0
        // Figures come unit by unit, status by status: a status's key is made once per run of it.
        var status: (DataStatus, String)?
        var years: [Int: DecimalText] = [:]
        for (offset, figure) in figures.enumerated() {
            let statusKey: String
            if let (last, key) = status, last == figure.status {
                statusKey = key
            } else {
                statusKey = figure.status.key
                status = (figure.status, statusKey)
            }
            let yearText = years[figure.year] ?? DecimalText(figure.year)
            years[figure.year] = yearText
            let decimals = figure.measure.isPercent ? 4 : 0
            let value = NumberStyle.plain.format(figure.value, decimals: decimals)
            sheet.setRow(offset + 2, [
                SheetCell(.text(figure.unitCode)), SheetCell(.text(figure.unitName)), SheetCell(.text(figure.scheme.rawValue)),
                SheetCell(.number(yearText), style: year),
                SheetCell(.text(statusKey)), SheetCell(.text(figure.measure.rawValue)),
                SheetCell(DecimalText(value).map { .number($0) } ?? .text(value), style: figure.measure.isPercent ? percent : count),
            ])
            widths[0] = max(widths[0], figure.unitCode.utf8.count)
            if figure.unitName.utf8.count > widestNames {
                widestNames = figure.unitName.utf8.count
                widths[1] = max(widths[1], figure.unitName.count)
            }
            widths[6] = max(widths[6], SheetFit.groupedLength(value))
        }
        // Schemes, statuses and measures are short keys: as wide as the longest there is
        // ("actual_through_08", "participation_pct").
        widths[2] = max(widths[2], Scheme.allCases.map(\.rawValue.count).max() ?? 0)
        widths[4] = max(widths[4], DataStatus.actualThrough(month: 12).key.count)
        widths[5] = max(widths[5], Measure.allCases.map(\.rawValue.count).max() ?? 0)
        sheet.columnWidths = widths.map { min($0 + 2, SheetFit.widest) * 10 }
        sheet.frozenRows = 1
        sheet.printTitleRows = 1...1
        sheet.page = SheetStyles.page
        return sheet
    }
}
