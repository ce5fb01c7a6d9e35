import Foundation
import VietnameseFormat

/// The report formatters a value tag can apply, written like a spreadsheet function around the
/// name: `{{ number(people) }}`, `{{ percent(rate, 1) }}`, `{{ upper(date(signed)) }}`.
/// A missing or null value is written "-". Numbers are exact decimals rounded half up.
enum Formatter: String, CaseIterable, Sendable {
    /// Vietnamese grouping, by default without decimals: 1234567 → "1.234.567"; `number(x, 2)` →
    /// "1.234.567,00".
    case number
    /// A value already in percent, by default with 2 decimals, followed by "%": 21.505 → "21,51%".
    case percent
    /// An ISO date "YYYY-MM-DD" in the official long form: "ngày 05 tháng 01 năm 2020".
    case date
    /// An ISO date "YYYY-MM-DD" in the short form used in sentences: "03/8/2018".
    case shortdate
    /// Upper case keeping Vietnamese diacritics, in NFC: "Toàn tỉnh" → "TOÀN TỈNH".
    case upper
    /// A whole number 1…3999 as a Roman numeral: 4 → "IV".
    case roman

    /// The most decimals `number` and `percent` accept.
    static let maximumDecimals = 10

    /// The decimals used when none are given, or nil when the formatter takes no decimals.
    var defaultDecimals: Int? {
        switch self {
        case .number: return 0
        case .percent: return 2
        case .date, .shortdate, .upper, .roman: return nil
        }
    }

    /// The text for a value that is not null, or a problem in words. (The renderer writes "-" for
    /// a missing or null value without asking the formatter.)
    func format(_ value: TemplateValue, decimals: Int?) throws(FormatterProblem) -> String {
        switch self {
        case .number:
            return try numberText(value, decimals: decimals ?? defaultDecimals ?? 0)
        case .percent:
            return try numberText(value, decimals: decimals ?? defaultDecimals ?? 0) + "%"
        case .date, .shortdate:
            guard let text = value.text, let day = OfficialDate(iso: text) else {
                throw problem("a date written YYYY-MM-DD", got: value)
            }
            return self == .date ? day.vietnameseLong : day.vietnameseShort
        case .upper:
            guard let text = value.plainText else { throw problem("a text", got: value) }
            return vietnameseUppercased(text)
        case .roman:
            guard let whole = Self.wholeNumber(value), let numeral = romanNumeral(whole) else {
                throw problem("a whole number from 1 to 3999", got: value)
            }
            return numeral
        }
    }

    private func numberText(_ value: TemplateValue, decimals: Int) throws(FormatterProblem) -> String {
        switch value {
        case .integer(let number): return NumberStyle.vietnamese.format(number, decimals: decimals)
        case .decimal(let number): return NumberStyle.vietnamese.format(number, decimals: decimals)
        default: throw problem("a number", got: value)
        }
    }

    private static func wholeNumber(_ value: TemplateValue) -> Int? {
        switch value {
        case .integer(let number): return number
        case .decimal(let number) where number.isWholeNumber: return Int(number.description)
        default: return nil
        }
    }

    private func problem(_ expected: String, got value: TemplateValue) -> FormatterProblem {
        var got = value.kindDescription
        if let text = value.plainText { got += " (\(text))" }
        return FormatterProblem(message: "\(rawValue)() needs \(expected), got \(got)")
    }
}

/// Why a formatter could not format a value, in words; the renderer adds where.
struct FormatterProblem: Error {
    /// What is wrong.
    var message: String
}
