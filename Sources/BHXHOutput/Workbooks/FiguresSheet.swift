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
        sheet.reserveCapacity(cells: (figures.count + 1) * TidyCSV.header.count, rows: figures.count + 1)
        sheet.setRow(1, TidyCSV.header.map { SheetCell(.text($0), style: header) })
        var widths = TidyCSV.header.map(\.count)
        var widestNames = 0
        // Texts are the sheet's own, each looked up once: schemes, statuses and measures are a
        // few keys, and figures come unit by unit, so a unit's code and name once per run of them.
        var schemes: [(Scheme, SheetText)] = [], statuses: [(DataStatus, SheetText)] = [], measures: [(Measure, SheetText)] = []
        var years: [(Int, DecimalText)] = []
        var unit: (code: String, name: String, texts: (SheetText, SheetText))?
        let numbers = NumberStyle.plain
        for figure in figures {
            let unitTexts: (SheetText, SheetText)
            if let last = unit, last.code == figure.unitCode, last.name == figure.unitName {
                unitTexts = last.texts
            } else {
                unitTexts = (sheet.text(figure.unitCode), sheet.text(figure.unitName))
                unit = (figure.unitCode, figure.unitName, unitTexts)
                widths[0] = max(widths[0], figure.unitCode.utf8.count)
                if figure.unitName.utf8.count > widestNames {
                    widestNames = figure.unitName.utf8.count
                    widths[1] = max(widths[1], figure.unitName.count)
                }
            }
            let scheme = Self.cached(figure.scheme, in: &schemes) { sheet.text(figure.scheme.rawValue) }
            let status = Self.cached(figure.status, in: &statuses) { sheet.text(figure.status.key) }
            let measure = Self.cached(figure.measure, in: &measures) { sheet.text(figure.measure.rawValue) }
            let yearText = Self.cached(figure.year, in: &years) { DecimalText(figure.year) }
            let isPercent = figure.measure.isPercent
            let value = numbers.format(figure.value, decimals: isPercent ? 4 : 0)
            // The next row, cell by cell.
            sheet.startRow()
            sheet.append(SheetCell(.sheetText(unitTexts.0)))
            sheet.append(SheetCell(.sheetText(unitTexts.1)))
            sheet.append(SheetCell(.sheetText(scheme)))
            sheet.append(SheetCell(.number(yearText), style: year))
            sheet.append(SheetCell(.sheetText(status)))
            sheet.append(SheetCell(.sheetText(measure)))
            sheet.append(SheetCell(DecimalText(value).map { .number($0) } ?? .text(value), style: isPercent ? percent : count))
            // Grouping adds at most a third: only a figure that may be wider is measured.
            if value.utf8.count * 4 / 3 + 1 > widths[6] { widths[6] = max(widths[6], SheetFit.groupedLength(value)) }
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

    /// The value for `key` in `cache`, made by `make` the first time: a few keys (schemes,
    /// measures, years) are found by comparing them in turn sooner than by hashing.
    private static func cached<Key: Equatable, Value>(_ key: Key, in cache: inout [(Key, Value)], _ make: () -> Value) -> Value {
        if let known = cache.first(where: { $0.0 == key }) { return known.1 }
        let value = make()
        cache.append((key, value))
        return value
    }
}
