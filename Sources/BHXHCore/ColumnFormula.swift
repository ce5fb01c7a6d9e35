/// How a column's figures follow from other columns of the same row, so that a spreadsheet can
/// recompute them: the operands are columns (positions from 0 in `Table.columns`, or a table
/// builder's own keys before the columns are placed). Percentages are rounded to the column's
/// decimals, as shown.
public enum ColumnFormula<Operand: Sendable & Hashable>: Sendable, Hashable {
    /// part ÷ whole × 100: coverage (÷ labour force or population), participation (÷ eligible),
    /// completion (actual ÷ target).
    case percent(part: Operand, of: Operand)
    /// Growth of `current` over `previous` in `form`: (current ÷ previous − 1) × 100, or
    /// current ÷ previous × 100 for the index form.
    case growth(current: Operand, over: Operand, form: GrowthForm)
    /// `minuend` − `subtrahend` (the gap: actual − target).
    case difference(Operand, minus: Operand)

    /// The two operands, left to right.
    public var operands: (Operand, Operand) {
        switch self {
        case .percent(let part, let whole): return (part, whole)
        case .growth(let current, let previous, _): return (current, previous)
        case .difference(let minuend, let subtrahend): return (minuend, subtrahend)
        }
    }

    /// The same formula over other operands; nil when one has no counterpart (a hidden column).
    public func map<Other>(_ transform: (Operand) -> Other?) -> ColumnFormula<Other>? {
        switch self {
        case .percent(let part, let whole):
            guard let part = transform(part), let whole = transform(whole) else { return nil }
            return .percent(part: part, of: whole)
        case .growth(let current, let previous, let form):
            guard let current = transform(current), let previous = transform(previous) else { return nil }
            return .growth(current: current, over: previous, form: form)
        case .difference(let minuend, let subtrahend):
            guard let minuend = transform(minuend), let subtrahend = transform(subtrahend) else { return nil }
            return .difference(minuend, minus: subtrahend)
        }
    }
}
