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
    /// The figures as the file gives them, one column per field of `DataField.recorded` (in its
    /// order; nil for a field the file has no column of), indexed by `UnitTree.Index`.
    private let givenColumns: [FigureColumn?]
    /// The figures after filling units without a figure with the sum of their children, by the
    /// same positions. Agency units never have a labour force or population here.
    private let filledColumns: [FigureColumn?]
    /// The line of each unit's row in the file (0 when the unit has no row).
    public let rowLines: [Int]
    /// The column of each field in the file.
    public let fieldColumns: [DataField: Int]
    /// True when the figures were counted in the old register and moved into the project's units
    /// through the crosswalk (`history/`): pages say they are "quy đổi theo địa giới mới".
    public let movedAcrossBoundary: Bool

    /// Creates a dataset from the figures a file gives, and fills the units that lack one. Only
    /// the fields of `DataField.recorded` are kept (the others are derived from them).
    public init(year: Int, status: DataStatus, source: SourceRef?, given: [DataField: [Decimal?]],
                rowLines: [Int] = [], fieldColumns: [DataField: Int] = [:], tree: UnitTree,
                movedAcrossBoundary: Bool = false) {
        self.init(year: year, status: status, source: source, columns: given.mapValues(FigureColumn.init),
                  rowLines: rowLines, fieldColumns: fieldColumns, tree: tree, movedAcrossBoundary: movedAcrossBoundary)
    }

    /// Creates a dataset from the columns of figures a file gives, and fills the units that lack
    /// one. Only the fields of `DataField.recorded` are kept (the others are derived from them).
    public init(year: Int, status: DataStatus, source: SourceRef?, columns: [DataField: FigureColumn],
                rowLines: [Int] = [], fieldColumns: [DataField: Int] = [:], tree: UnitTree,
                movedAcrossBoundary: Bool = false) {
        self.year = year
        self.status = status
        self.source = source
        self.rowLines = rowLines
        self.fieldColumns = fieldColumns
        self.movedAcrossBoundary = movedAcrossBoundary
        var given = [FigureColumn?](repeating: nil, count: DataField.recorded.count)
        for (field, column) in columns {
            if let slot = field.recordedSlot { given[slot] = column }
        }
        self.givenColumns = given
        let filling = ColumnFilling(tree: tree)
        self.filledColumns = DataField.recorded.indices.map { slot in
            given[slot].map { filling.filled($0, field: DataField.recorded[slot]) }
        }
    }

    /// The figures as the file gives them, by field, indexed by `UnitTree.Index`.
    public var given: [DataField: [Decimal?]] { Self.dictionary(givenColumns) }

    /// The figures after filling units without a figure with the sum of their children.
    /// Agency units never have a labour force or population here.
    public var figures: [DataField: [Decimal?]] { Self.dictionary(filledColumns) }

    /// The recorded fields the file has a column of, in the order of `DataField.recorded`.
    public var givenFields: [DataField] {
        DataField.recorded.indices.compactMap { givenColumns[$0] == nil ? nil : DataField.recorded[$0] }
    }

    /// The figures of a recorded field as the file gives them; nil when it has no such column.
    public func givenColumn(_ field: DataField) -> FigureColumn? {
        field.recordedSlot.flatMap { givenColumns[$0] }
    }

    /// The figures of a recorded field after filling units from their children (as `figures`);
    /// nil when the file has no such column.
    public func column(_ field: DataField) -> FigureColumn? {
        field.recordedSlot.flatMap { filledColumns[$0] }
    }

    /// The figure of `field` for a unit: recorded fields directly; `bhxh` participants as the sum
    /// of the known parts of bắt buộc + tự nguyện when the file has both columns (unknown only
    /// when both are, so that an agency collecting compulsory insurance only counts in every BHXH
    /// total as in its row); `bhxh` eligible counts only when both parts are known.
    public func value(_ field: DataField, unit: UnitTree.Index) -> ExactNumber? {
        switch field {
        case .participants(let scheme) where !scheme.components.isEmpty:
            guard has(field) else { return nil }
            return Ratios.sumOfKnown(scheme.components.map { value(.participants($0), unit: unit) })
        case .eligible(let scheme) where !scheme.components.isEmpty:
            return sum(scheme.components.map { value(.eligible($0), unit: unit) })
        default:
            guard let column = column(field), unit < column.count else { return nil }
            return column.exact(unit)
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
            return column(field) != nil
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

    private func sum(_ parts: [ExactNumber?]) -> ExactNumber? {
        var total: ExactNumber = 0
        for part in parts {
            guard let part else { return nil }
            total = total + part
        }
        return total
    }

    private static func dictionary(_ columns: [FigureColumn?]) -> [DataField: [Decimal?]] {
        var dictionary: [DataField: [Decimal?]] = [:]
        for (slot, column) in columns.enumerated() {
            if let column { dictionary[DataField.recorded[slot]] = column.figures }
        }
        return dictionary
    }
}

/// Fills every unit without a figure with the sum of its children's figures (children without
/// one are left out; no child with one leaves the unit unknown), in integers while the figures
/// are whole. Labour force and population are never counted for agency units.
private struct ColumnFilling {
    let tree: UnitTree
    /// Whether each unit can have a labour force or population.
    let hasPopulation: [Bool]

    init(tree: UnitTree) {
        self.tree = tree
        self.hasPopulation = tree.units.map(\.kind.hasPopulation)
    }

    func filled(_ column: FigureColumn, field: DataField) -> FigureColumn {
        var result = column.extended(to: tree.units.count)
        let populationFigure = field.isPopulationFigure
        for index in tree.bottomUp {
            if populationFigure && !hasPopulation[index] {
                if result.isKnown(index) { result[index] = nil }
                continue
            }
            guard !result.isKnown(index) else { continue }
            let children = tree.children[index]
            guard !children.isEmpty else { continue }
            var total = 0
            var any = false
            var whole = true
            for child in children {
                if let value = result.whole(child) {
                    let (sum, overflow) = total.addingReportingOverflow(value)
                    total = sum
                    any = true
                    if overflow { whole = false; break }
                } else if result.isKnown(child) {
                    whole = false
                    break
                }
            }
            if !whole {
                result[index] = Ratios.sumOfKnown(children.lazy.map { result[$0] })
            } else if any {
                result.set(whole: total, at: index)
            }
        }
        return result
    }
}

extension DataField {
    /// The position of the field in `DataField.recorded`; nil for a derived field (`bhxh`).
    var recordedSlot: Int? {
        switch self {
        case .labourForce: return 0
        case .population: return 1
        case .participants(let scheme): return scheme.recordedSlot.map { 2 + $0 }
        case .eligible(let scheme): return scheme.recordedSlot.map { 2 + Scheme.recorded.count + $0 }
        }
    }
}

extension Scheme {
    /// The position of the scheme in `Scheme.recorded`; nil for `bhxh`.
    fileprivate var recordedSlot: Int? {
        switch self {
        case .bhxhBB: return 0
        case .bhxhTN: return 1
        case .bhtn: return 2
        case .bhyt: return 3
        case .bhxh: return nil
        }
    }
}
