import Foundation

/// A value a template renders: what JSON gives, with exact `Decimal` numbers. Objects keep their
/// key order. Build one from JSON (`TemplateValue(jsonNode)`), from literals, or from any
/// `TemplateRenderable` Swift value.
public enum TemplateValue: Sendable {
    /// Nothing: renders as "", skips a section, a formatter writes "-".
    case null
    /// true or false.
    case bool(Bool)
    /// A whole number.
    case integer(Int)
    /// An exact decimal number.
    case decimal(Decimal)
    /// A text.
    case string(String)
    /// A text given as its UTF-8 bytes (which must be valid UTF-8): output made elsewhere, such
    /// as a drawing, handed to the page without a `String` in between. A template sees a text
    /// like any other: `{{name}}` escapes it, `{{{name}}}` copies the bytes as they are, and an
    /// empty one is false.
    case utf8([UInt8])
    /// A list; a section renders once per element.
    case array([TemplateValue])
    /// Named values in order; a section pushes it on the context.
    case object(TemplateObject)
}

extension TemplateValue {
    /// False for the values a section skips: null, false, an empty list and an empty text.
    /// Zero is true: a figure of 0 is still a figure.
    var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let flag): return flag
        case .string(let text): return !text.isEmpty
        case .utf8(let bytes): return !bytes.isEmpty
        case .array(let elements): return !elements.isEmpty
        case .integer, .decimal, .object: return true
        }
    }

    /// True for `.null`.
    var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The text an interpolation writes for a scalar ("" for null, "1.5" for a decimal, the way
    /// JSON writes it); nil for a list or an object, which have no text.
    var plainText: String? {
        switch self {
        case .null: return ""
        case .bool(let flag): return flag ? "true" : "false"
        case .integer(let number): return String(number)
        case .decimal(let number): return number.description
        case .string(let text): return text
        case .utf8(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .array, .object: return nil
        }
    }

    /// The text of a `.string` or `.utf8` value; nil for any other.
    var text: String? {
        switch self {
        case .string(let text): return text
        case .utf8(let bytes): return String(decoding: bytes, as: UTF8.self)
        default: return nil
        }
    }

    /// What kind of value this is, in words for error messages.
    var kindDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "true or false"
        case .integer, .decimal: return "a number"
        case .string, .utf8: return "a text"
        case .array: return "a list"
        case .object: return "an object"
        }
    }
}

extension TemplateValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    /// `nil` is `.null`.
    public init(nilLiteral: ()) { self = .null }
    /// `true` / `false`.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// A whole number literal.
    public init(integerLiteral value: Int) { self = .integer(value) }
    /// A text literal.
    public init(stringLiteral value: String) { self = .string(value) }
    /// A list literal.
    public init(arrayLiteral elements: TemplateValue...) { self = .array(elements) }
    /// An object literal; keys keep the order written.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(TemplateObject(elements))
    }
}
