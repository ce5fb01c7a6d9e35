import Foundation
import VietnameseFormat

/// The figures of one data file (`data/2018.csv`, `data/2018-08.csv`, `data/2018.estimate.csv`),
/// by unit. A unit without a figure of its own gets the sum of its children's (recursively).
public struct Dataset: Sendable {
    /// The year the figures describe.
    public let year: Int
    /// Actual, actual to a month, or estimate.
    public let status: DataStatus
    /// The file, when the data was read from one.
    public let source: SourceRef?
    /// The figures as the file gives them, by field, indexed by `UnitTree.Index`.
    public let given: [DataField: [Decimal?]]
    /// The figures after filling units without a figure with the sum of their children.
    /// Agency units never have a labour force or population here.
    public let figures: [DataField: [Decimal?]]
    /// The line of each unit's row in the file (0 when the unit has no row).
    public let rowLines: [Int]
    /// The column of each field in the file.
    public let fieldColumns: [DataField: Int]
    /// True when the figures were counted in the old register and moved into the project's units
    /// through the crosswalk (`history/`): pages say they are "quy đổi theo địa giới mới".
    public let movedAcrossBoundary: Bool

    /// Creates a dataset from the figures a file gives, and fills the units that lack one.
    public init(year: Int, status: DataStatus, source: SourceRef?, given: [DataField: [Decimal?]],
                rowLines: [Int] = [], fieldColumns: [DataField: Int] = [:], tree: UnitTree,
                movedAcrossBoundary: Bool = false) {
        self.year = year
        self.status = status
        self.source = source
        self.given = given
        self.rowLines = rowLines
        self.fieldColumns = fieldColumns
        self.movedAcrossBoundary = movedAcrossBoundary
        var figures: [DataField: [Decimal?]] = [:]
        for (field, column) in given {
            figures[field] = Dataset.aggregate(column, field: field, tree: tree)
        }
        self.figures = figures
    }

    /// The figure of `field` for a unit: recorded fields directly; `bhxh` participants as the sum
    /// of the known parts of bắt buộc + tự nguyện when the file has both columns (unknown only
    /// when both are, so that an agency collecting compulsory insurance only counts in every BHXH
    /// total as in its row); `bhxh` eligible counts only when both parts are known.
    public func value(_ field: DataField, unit: UnitTree.Index) -> Decimal? {
        switch field {
        case .participants(let scheme) where !scheme.components.isEmpty:
            guard has(field) else { return nil }
            return Ratios.sumOfKnown(scheme.components.map { value(.participants($0), unit: unit) })
        case .eligible(let scheme) where !scheme.components.isEmpty:
            return sum(scheme.components.map { value(.eligible($0), unit: unit) })
        default:
            guard let column = figures[field], unit < column.count else { return nil }
            return column[unit]
        }
    }

    /// True when the file has a column for `field` (for `bhxh`: for both of its parts).
    public func has(_ field: DataField) -> Bool {
        switch field {
        case .participants(let scheme) where !scheme.components.isEmpty:
            return scheme.components.allSatisfy { has(.participants($0)) }
        case .eligible(let scheme) where !scheme.components.isEmpty:
            return scheme.components.allSatisfy { has(.eligible($0)) }
        default:
            return figures[field] != nil
        }
    }

    /// Where the file gives `field` for `unit`, for messages; the file alone when the unit has no row.
    public func location(of field: DataField, unit: UnitTree.Index) -> SourceRef? {
        guard var ref = source else { return nil }
        if unit < rowLines.count, rowLines[unit] > 0 {
            ref.line = rowLines[unit]
            ref.column = fieldColumns[field] ?? 0
        }
        return ref
    }

    private func sum(_ parts: [Decimal?]) -> Decimal? {
        var total = Decimal(0)
        for part in parts {
            guard let part else { return nil }
            total += part
        }
        return total
    }

    /// Fills every unit without a figure with the sum of its children's figures (children
    /// without one are left out; no child with one leaves the unit unknown). Labour force and
    /// population are never counted for agency units.
    private static func aggregate(_ column: [Decimal?], field: DataField, tree: UnitTree) -> [Decimal?] {
        var result = column + Array(repeating: nil, count: max(0, tree.units.count - column.count))
        for index in tree.bottomUp {
            if field.isPopulationFigure && !tree.units[index].kind.hasPopulation {
                result[index] = nil
                continue
            }
            guard result[index] == nil, !tree.children[index].isEmpty else { continue }
            var total = DecimalSum()
            var any = false
            for child in tree.children[index] {
                if let value = result[child] {
                    total.add(value)
                    any = true
                }
            }
            if any { result[index] = total.value }
        }
        return result
    }
}
