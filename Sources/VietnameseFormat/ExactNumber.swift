import Foundation

/// An exact number that is carried as integers whenever it can be: a `FixedDecimal` (`Int64`
/// units of 10^−scale, scale 0–18) in the usual case, a `Decimal` only for a value that does not
/// fit one (more than 18 decimals, or beyond `Int64`). Nothing is ever approximated: a value is
/// held exactly one way or the other, and written from its integer when it has one.
public struct ExactNumber: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    private enum Storage: Sendable {
        /// The value in integers.
        case fixed(FixedDecimal)
        /// A value no `FixedDecimal` holds (`init(_:)` of a `Decimal` keeps one that fits as `fixed`).
        case decimal(Decimal)
    }

    private let storage: Storage

    /// The value of a `FixedDecimal`.
    public init(_ fixed: FixedDecimal) {
        storage = .fixed(fixed)
    }

    /// A whole number (a count of people).
    public init(_ whole: Int) {
        storage = .fixed(FixedDecimal(Int64(whole)))
    }

    /// A whole number written as a literal.
    public init(integerLiteral value: Int) {
        self.init(value)
    }

    /// The same value as `decimal`: as a `FixedDecimal` when it fits one (`FixedDecimal(exactly:)`),
    /// else the `Decimal` itself.
    public init(_ decimal: Decimal) {
        storage = FixedDecimal(exactly: decimal).map(Storage.fixed) ?? .decimal(decimal)
    }

    /// The value as a `FixedDecimal`, when it is held as one.
    public var fixed: FixedDecimal? {
        if case .fixed(let value) = storage { return value }
        return nil
    }

    /// The same value as a `Decimal`, exactly.
    public var decimal: Decimal {
        switch storage {
        case .fixed(let value): return value.decimal
        case .decimal(let value): return value
        }
    }

    /// True for zero.
    public var isZero: Bool {
        switch storage {
        case .fixed(let value): return value.units == 0
        case .decimal(let value): return value.isZero
        }
    }

    /// The sum, exactly: in integers when it fits, else by `Decimal` addition.
    public static func + (left: ExactNumber, right: ExactNumber) -> ExactNumber {
        if case .fixed(let a) = left.storage, case .fixed(let b) = right.storage, let sum = a.adding(b) { return ExactNumber(sum) }
        return ExactNumber(left.decimal + right.decimal)
    }

    /// The difference, exactly.
    public static func - (left: ExactNumber, right: ExactNumber) -> ExactNumber {
        if case .fixed(let a) = left.storage, case .fixed(let b) = right.storage, let negated = b.negated,
           let difference = a.adding(negated) {
            return ExactNumber(difference)
        }
        return ExactNumber(left.decimal - right.decimal)
    }

    /// The product, exactly: in integers when it fits (at most 18 decimals), else by `Decimal`
    /// multiplication.
    public static func * (left: ExactNumber, right: ExactNumber) -> ExactNumber {
        if case .fixed(let a) = left.storage, case .fixed(let b) = right.storage, let product = a.multiplied(by: b) {
            return ExactNumber(product)
        }
        return ExactNumber(left.decimal * right.decimal)
    }

    /// The value × 10ⁿ, exactly (the decimal point moved): 21,51 with n = −2 is 0,2151.
    public func timesPowerOfTen(_ n: Int) -> ExactNumber {
        if case .fixed(let value) = storage {
            if n <= 0, let moved = FixedDecimal(units: value.units, scale: value.scale - n) { return ExactNumber(moved) }
            if n > 0, n <= FixedDecimal.maximumScale, let moved = value.multiplied(by: FixedDecimal(FixedDecimal.powerOfTen(n))) {
                return ExactNumber(moved)
            }
        }
        return ExactNumber(decimal.timesPowerOfTen(n))
    }

    /// This value rounded half up (a half goes away from zero: 2,5 → 3, −2,5 → −3) to `places` decimals.
    public func roundedHalfUp(places: Int = 0) -> ExactNumber {
        switch storage {
        case .fixed(let value): return ExactNumber(value.roundedHalfUp(places: places))
        case .decimal(let value): return ExactNumber(value.roundedHalfUp(places: places))
        }
    }

    /// dividend ÷ divisor × 10^`shift`; nil for a zero divisor. In integers cut toward zero after
    /// 18 digits (`FixedDecimal.truncatedQuotient`, which rounds half up to fewer decimals exactly
    /// as the exact quotient does) when the figures fit, else by `Decimal` division.
    public static func quotient(_ dividend: ExactNumber, _ divisor: ExactNumber, timesPowerOfTen shift: Int = 0) -> ExactNumber? {
        guard !divisor.isZero else { return nil }
        if case .fixed(let a) = dividend.storage, case .fixed(let b) = divisor.storage,
           let quotient = FixedDecimal.truncatedQuotient(a, b, timesPowerOfTen: shift) {
            return ExactNumber(quotient)
        }
        return ExactNumber((dividend.decimal / divisor.decimal).timesPowerOfTen(shift))
    }

    /// A `Double` close to the value, for drawing (never for figures): as `Decimal.approximateDouble`
    /// (`FixedDecimal.approximateDouble` gives the same bits straight from the integer).
    public var approximateDouble: Double {
        switch storage {
        case .fixed(let value): return value.approximateDouble
        case .decimal(let value): return value.approximateDouble
        }
    }

    /// Orders by value.
    public static func < (left: ExactNumber, right: ExactNumber) -> Bool {
        if case .fixed(let a) = left.storage, case .fixed(let b) = right.storage { return a < b }
        return left.decimal < right.decimal
    }

    /// Equal by value, however held.
    public static func == (left: ExactNumber, right: ExactNumber) -> Bool {
        if case .fixed(let a) = left.storage, case .fixed(let b) = right.storage { return a == b }
        return left.decimal == right.decimal
    }

    /// Hashes the value: one held as a `Decimal` never equals one held in integers (it would
    /// have been held as one).
    public func hash(into hasher: inout Hasher) {
        switch storage {
        case .fixed(let value): hasher.combine(value)
        case .decimal(let value): hasher.combine(value)
        }
    }

    /// The value as `Decimal` writes it: plain digits, "." as the mark, no trailing zeros.
    public var description: String { decimal.description }
}

extension NumberStyle {
    /// Writes `value` rounded half up to exactly `decimals` fractional digits (as `format` of a
    /// `FixedDecimal` or, for a value beyond one, of a `Decimal`).
    public func format(_ value: ExactNumber, decimals: Int = 0) -> String {
        if let fixed = value.fixed { return format(fixed, decimals: decimals) }
        return format(value.decimal, decimals: decimals)
    }

}
