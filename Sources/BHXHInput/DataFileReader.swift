import BHXHCore
import Foundation
import VietnameseFormat

/// Reads a data file (`data/2018.csv`, `data/2018-08.csv`, `data/2018.estimate.csv`): a `unit`
/// column and any of the data fields, one row per unit. Empty cells and "-" are unknown.
public enum DataFileReader {
    /// The dataset, or nil when the file cannot be used (or `tree` is nil, when only the file's
    /// own form is checked); every problem found either way. `register` names the file of the
    /// units in messages (`history/units.csv` for history in old codes).
    public static func read(bytes: [UInt8], path: String, year: Int, status: DataStatus,
                            tree: UnitTree?, register: String = "units.csv") -> (Dataset?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let fields = Set(DataField.recorded.map { HeaderName.field($0) })
        guard let table = InputTable.read(bytes: bytes, path: path, required: [(.code, "unit")],
                                          accepted: fields.union([.code, .name, .rowNumber]),
                                          diagnostics: &diagnostics) else {
            return (nil, diagnostics)
        }
        let columns = DataField.recorded.filter { table.columns[.field($0)] != nil }
        if columns.isEmpty {
            let keys = DataField.recorded.map(\.key).joined(separator: ", ")
            diagnostics.append(Diagnostic(.error, "the file has no data column; give at least one of \(keys)", at: SourceRef(path: path, line: 1)))
        }
        let unitCount = tree?.units.count ?? 0
        // One array per column, filled by position: no dictionary work per cell.
        let positions = columns.map { table.columns[.field($0)] ?? 0 }
        var values = Array(repeating: FigureColumn(unknownCount: unitCount), count: columns.count)
        var rowLines = Array(repeating: 0, count: unitCount)
        var codeHint = tree.map(CodeHint.init)
        let codeColumn = table.columns[.code] ?? 0  // a required column: always there
        let peopleLimit = Self.maximumPeople  // read once, not once a cell
        // Files usually list the units in the register's order: a row whose code is, byte for byte,
        // the code of the unit after the last row's is that unit, with no look-up and no `String`.
        var expected = 0
        for record in table.records {
            let line = table.line(record)
            let codeAt = SourceRef(path: path, line: line, column: codeColumn + 1)
            var index: UnitTree.Index?
            if let tree, expected < unitCount,
               table.document.withBytes(record, codeColumn, { cell in
                   tree.units[expected].code.utf8.withContiguousStorageIfAvailable { code in
                       code.count == cell.count && code.elementsEqual(cell)
                   } ?? false
               }) {
                index = expected
            } else {
                let code = table.document.text(record, codeColumn)
                if code.isEmpty {
                    diagnostics.append(Diagnostic(.error, "the row has no unit code", at: codeAt))
                } else if let tree {
                    index = tree.index(of: code)
                    if index == nil {
                        let hint = codeHint?.hint(for: code) ?? ""
                        diagnostics.append(Diagnostic(.error, "unit \"\(UnitText.shown(code))\" is not in \(register)\(hint)", at: codeAt))
                    }
                }
            }
            if let index, rowLines[index] > 0 {
                diagnostics.append(Diagnostic(.error, "unit \"\(table.document.text(record, codeColumn))\" already has a row on line \(rowLines[index]); give each unit one row", at: codeAt))
                continue
            }
            if let index {
                rowLines[index] = line
                expected = index + 1
            }
            for (column, field) in columns.enumerated() {
                let position = positions[column]
                // The usual cell is read from its bytes, straight to an integer; only the others
                // are made a `String`.
                if let whole = table.document.withBytes(record, position, { NumberReading.plainWholeCount($0) }),
                   whole <= peopleLimit {
                    if let index { values[column].set(whole: Int(whole), at: index) }
                    continue
                }
                let value = count(table.document.text(record, position), field: field,
                                  at: SourceRef(path: path, line: line, column: position + 1), into: &diagnostics)
                guard let value, let index else { continue }
                values[column][index] = value
            }
        }
        guard let tree, !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        var given: [DataField: FigureColumn] = [:]
        var fieldColumns: [DataField: Int] = [:]
        for (column, field) in columns.enumerated() {
            given[field] = values[column]
            fieldColumns[field] = positions[column] + 1
        }
        let dataset = Dataset(year: year, status: status, source: SourceRef(path: path), columns: given,
                              rowLines: rowLines, fieldColumns: fieldColumns, tree: tree)
        return (dataset, diagnostics)
    }

    /// A count of people: unknown when empty or "-"; otherwise a whole number from 0 to
    /// 200.000.000 (grouped 4.466, 4,466 or 4 466 is fine), or an error at the cell.
    static func count(_ text: String, field: DataField, at location: @autoclosure () -> SourceRef,
                      into diagnostics: inout [Diagnostic]) -> Decimal?? {
        if let whole = NumberReading.plainWholeCount(text), whole <= maximumPeople {
            return .some(whole == 0 ? 0 : Decimal(whole))  // the usual cell, built as `count(_:)` builds it
        }
        if text.isEmpty || unknownMarks.contains(text) { return .some(nil) }
        let value: Decimal
        do {
            value = try NumberReading.count(Substring(text))
        } catch .tooLarge {
            diagnostics.append(Diagnostic(.error, "\"\(text)\" is far too large for \(field.vietnameseName.lowercased()) (\(field.key))", at: location()))
            return nil
        } catch {
            diagnostics.append(Diagnostic(.error, "\"\(text)\" is not a number; \(field.key) needs a number of people like 4466 or 4.466, or \"-\" when unknown", at: location()))
            return nil
        }
        if let whole = value.wholeNumber, whole >= 0, whole <= Int(maximumPeople) {
            return .some(value)
        }
        if value > PlausibleRange.maximumPeople, let problem = PlausibleRange.people.problem(value, field.key) {
            diagnostics.append(Diagnostic(.error, problem, at: location()))
            return nil
        }
        if value < 0 {
            diagnostics.append(Diagnostic(.error, "\(field.key) cannot be negative (\(text))", at: location()))
            return nil
        }
        if !value.isWholeNumber {
            diagnostics.append(Diagnostic(.error, "\(field.key) must be a whole number of people, not \(text)", at: location()))
            return nil
        }
        return .some(value)
    }

    private static let maximumPeople = UInt64(NSDecimalNumber(decimal: PlausibleRange.maximumPeople).intValue)

    /// Cell texts that mean "not known": a hyphen, an en or em dash.
    static let unknownMarks: Set<String> = ["-", "–", "—"]
}
