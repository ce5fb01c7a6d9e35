import Foundation
import VietnameseFormat

/// A figure as a table shows it: the value typed, how many digits it shows after the decimal
/// mark, and the text as typed.
public struct ShownNumber: Sendable, Hashable {
    /// The value, exactly as typed ("21,511" → 21.511, "15%" → 15, "23.310" → 23310).
    public var value: Decimal { large?.value ?? units.decimal }
    /// Digits shown after the decimal mark (3 for "21,511", 0 for "23.310").
    public var places: Int
    /// The cell as typed.
    public var text: String
    /// The value in integers when it fits (then `large` is nil). The value is not kept as a
    /// `Decimal` in place: its layout is not known to this module (Foundation is built for library
    /// evolution), which sends every copy of a figure through the runtime, and a table of 100.000
    /// rows holds more than a million figures that the checks copy again and again.
    private let units: FixedDecimal
    /// A value of more than 18 digits, kept apart.
    private let large: Large?

    /// A value of more than 18 digits.
    private final class Large: Sendable, Hashable {
        let value: Decimal

        init(_ value: Decimal) {
            self.value = value
        }

        static func == (left: Large, right: Large) -> Bool { left.value == right.value }

        func hash(into hasher: inout Hasher) { hasher.combine(value) }
    }

    /// The value in integers (`FixedDecimal`), when it fits: the checks add, compare and divide it
    /// without `Decimal` arithmetic. Nil for a value of more than 18 digits.
    var fixed: FixedDecimal? { large == nil ? units : nil }

    /// Creates a shown figure.
    public init(value: Decimal, places: Int, text: String) {
        self.places = places
        self.text = text
        let fixed = FixedDecimal(exactly: value)
        units = fixed ?? FixedDecimal(0)
        large = fixed == nil ? Large(value) : nil
    }

    /// One unit of the last digit shown: 0,001 for "21,511", 1 for "23.310".
    public var lastDigit: Decimal { Decimal(sign: .plus, exponent: -places, significand: 1) }

    /// Half a unit of the last digit shown: how far the true value may be from a correctly
    /// rounded figure.
    public var halfLastDigit: Decimal { Decimal(sign: .plus, exponent: -places - 1, significand: 5) }

    /// Cells that stand for "no figure": empty, or a dash of any kind.
    static let noFigure: Set<String> = ["", "-", "–", "—", "−", "--", "x", "X"]
    /// The most UTF-8 bytes of a `noFigure` cell: a longer cell is not one, found without hashing it.
    private static let noFigureLength = noFigure.map(\.utf8.count).max() ?? 0

    /// Reads a cell: nil for "no figure" ("", "-"); a count (`NumberReading.count`: "4.466",
    /// "4 466") or a percentage (`NumberReading.decimal`: "21,51", "21.51", "15%").
    static func read(_ text: String, percent: Bool) throws(NumberReadingError) -> ShownNumber? {
        guard text.utf8.count > noFigureLength || !noFigure.contains(text) else { return nil }
        let (value, places) = try NumberReading.withPlaces(text, percent: percent)
        return ShownNumber(value: value, places: places, text: text)
    }
}
