import Foundation
import VietnameseFormat

/// One field's figures of a dataset, by unit (`UnitTree.Index`). A whole number is held as an
/// integer, so that reading, filling, moving and checking counts of people take no `Decimal`
/// work; any other figure (a fraction, or a number `Int` cannot hold) is kept as a `Decimal`
/// beside them.
public struct FigureColumn: Sendable, Equatable {
    /// Each unit's figure: `unknown` for none, `elsewhere` for one held in `others`.
    @usableFromInline var wholes: [Int]
    /// The figures that are not whole numbers held in `wholes`, by unit.
    @usableFromInline var others: [Int: Decimal] = [:]

    @usableFromInline static var unknown: Int { .min }
    @usableFromInline static var elsewhere: Int { .max }

    /// A column of `count` units, none of them with a figure.
    public init(unknownCount count: Int) {
        wholes = Array(repeating: Self.unknown, count: count)
    }

    /// A column holding `figures`.
    public init(_ figures: [Decimal?]) {
        self.init(unknownCount: figures.count)
        for (unit, figure) in figures.enumerated() where figure != nil {
            self[unit] = figure
        }
    }

    /// The number of units.
    @inlinable
    public var count: Int { wholes.count }

    /// Every unit's figure, nil where unknown.
    public var figures: [Decimal?] { wholes.indices.map { self[$0] } }

    /// A unit's figure; nil when unknown. `unit` must be below `count`.
    public subscript(unit: Int) -> Decimal? {
        get {
            switch wholes[unit] {
            case Self.unknown: return nil
            case Self.elsewhere: return others[unit]
            case let whole: return Decimal(whole)
            }
        }
        set {
            if let newValue, let whole = newValue.wholeNumber {
                set(whole: whole, at: unit)
            } else if let newValue {
                wholes[unit] = Self.elsewhere
                others[unit] = newValue
            } else {
                if wholes[unit] == Self.elsewhere { others[unit] = nil }
                wholes[unit] = Self.unknown
            }
        }
    }

    /// A unit's figure held exactly: a whole number as an integer, any other figure as
    /// `ExactNumber` makes it; nil when unknown. `unit` must be below `count`.
    public func exact(_ unit: Int) -> ExactNumber? {
        switch wholes[unit] {
        case Self.unknown: return nil
        case Self.elsewhere: return others[unit].map(ExactNumber.init)
        case let whole: return ExactNumber(whole)
        }
    }

    /// Sets a unit's figure to a whole number. `unit` must be below `count`.
    @inlinable
    public mutating func set(whole: Int, at unit: Int) {
        if wholes[unit] == Self.elsewhere { others[unit] = nil }
        if whole == Self.unknown || whole == Self.elsewhere {
            wholes[unit] = Self.elsewhere
            others[unit] = Decimal(whole)
        } else {
            wholes[unit] = whole
        }
    }

    /// A unit's figure as an integer when it is a whole number held as one (every count of
    /// people); nil when the unit has no figure or its figure is held as a `Decimal`.
    @inlinable
    public func whole(_ unit: Int) -> Int? {
        let whole = wholes[unit]
        return whole == Self.unknown || whole == Self.elsewhere ? nil : whole
    }

    /// True when the unit has a figure.
    @inlinable
    public func isKnown(_ unit: Int) -> Bool {
        wholes[unit] != Self.unknown
    }

    /// The column with units without a figure added up to `count` units (never shortened).
    func extended(to count: Int) -> FigureColumn {
        guard count > wholes.count else { return self }
        var column = self
        column.wholes += repeatElement(Self.unknown, count: count - wholes.count)
        return column
    }
}
