/// What a cell holds.
public enum CellValue: Hashable, Sendable {
    /// Nothing (a cell kept for its style: a border, a merged area's rest).
    case empty
    /// Text, stored once in the workbook's shared strings.
    case text(String)
    /// A text of the sheet's own table (`Worksheet.text(_:)`), for a sheet that repeats a few texts
    /// many times: the caller looks each up once instead of the writer once per cell.
    case sheetText(SheetText)
    /// A number.
    case number(DecimalText)
    /// A formula without its leading "=" ("SUM(C6:C14)", "ROUND(F7/E7*100,2)") and the value it
    /// gives, stored with it so that readers which do not calculate see it.
    case formula(String, cached: FormulaResult)
    /// A formula of the sheet's own on the cell's row (`Worksheet.formula(_:)`) and the value it
    /// gives. A column's run of cells with the same one is written as one shared formula
    /// (ECMA-376 Part 1, §18.3.1.40): its text once, in the run's first cell.
    case rowFormula(SheetFormula, cached: FormulaResult)
}

/// The value a formula gives, as stored beside it.
public enum FormulaResult: Hashable, Sendable {
    /// A number.
    case number(DecimalText)
    /// Text.
    case text(String)
}

/// One cell: its value and its look.
public struct SheetCell: Hashable, Sendable {
    /// The value.
    public var value: CellValue
    /// The look, as its sheet registered it (`Worksheet.style(_:)`); nil for the workbook's default.
    public var style: CellStyleID?

    /// A cell holding `value` in `style`.
    public init(_ value: CellValue, style: CellStyleID? = nil) {
        self.value = value
        self.style = style
    }
}

/// A style registered with a sheet (`Worksheet.style(_:)`): cells refer to it by number, so a
/// sheet of a million cells compares styles once per style, not once per cell.
public struct CellStyleID: Hashable, Sendable {
    /// Its position in `Worksheet.styles`.
    public let index: Int
}

/// A formula registered with a sheet (`Worksheet.formula(_:)`).
public struct SheetFormula: Hashable, Sendable {
    /// Its position in `Worksheet.formulas`.
    public let index: Int
}

/// A formula whose references are to cells of its own row, cut where the row's number goes:
/// `RowFormula(pieces: ["ROUND(F", "/E", "*100,2)"])` is "ROUND(F7/E7*100,2)" on row 7.
public struct RowFormula: Hashable, Sendable {
    /// The text between the row's numbers.
    public let pieces: [String]

    /// The formula of `pieces` joined by the row's number.
    public init(pieces: [String]) {
        self.pieces = pieces
    }

    /// The formula on `row`.
    public func text(row: Int) -> String {
        pieces.joined(separator: String(row))
    }
}

/// A text registered with a sheet (`Worksheet.text(_:)`).
public struct SheetText: Hashable, Sendable {
    /// Its position in `Worksheet.texts`.
    public let index: Int
}
