import Foundation
import LocatedJSON
import VietnameseFormat

/// A Swift value that templates can render: it says which `TemplateValue` it is.
public protocol TemplateRenderable {
    /// This value as templates see it.
    var templateValue: TemplateValue { get }
}

extension TemplateValue: TemplateRenderable {
    /// Itself.
    public var templateValue: TemplateValue { self }
}

extension TemplateObject: TemplateRenderable {
    /// The object as a value.
    public var templateValue: TemplateValue { .object(self) }
}

extension String: TemplateRenderable {
    /// The text.
    public var templateValue: TemplateValue { .string(self) }
}

extension Int: TemplateRenderable {
    /// The whole number.
    public var templateValue: TemplateValue { .integer(self) }
}

extension Decimal: TemplateRenderable {
    /// The exact number.
    public var templateValue: TemplateValue { .decimal(self) }
}

extension Bool: TemplateRenderable {
    /// true or false.
    public var templateValue: TemplateValue { .bool(self) }
}

extension OfficialDate: TemplateRenderable {
    /// The ISO text "2018-09-26", which the `date` and `shortdate` formatters read.
    public var templateValue: TemplateValue { .string(iso) }
}

extension Optional: TemplateRenderable where Wrapped: TemplateRenderable {
    /// The wrapped value, or `.null`.
    public var templateValue: TemplateValue { self?.templateValue ?? .null }
}

extension Array: TemplateRenderable where Element: TemplateRenderable {
    /// A list of the elements' values.
    public var templateValue: TemplateValue { .array(map(\.templateValue)) }
}

extension Dictionary: TemplateRenderable where Key == String, Value: TemplateRenderable {
    /// An object with the keys sorted, so that output never depends on hashing order.
    public var templateValue: TemplateValue {
        .object(TemplateObject(keys.sorted().map { ($0, self[$0]?.templateValue ?? .null) }))
    }
}

extension JSONNode: TemplateRenderable {
    /// The JSON value: a number without fraction or exponent that fits an `Int` is `.integer`,
    /// any other number `.decimal` (or its text, if it exceeds `Decimal`); objects keep key order.
    public var templateValue: TemplateValue {
        switch value {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .string(let text): return .string(text)
        case .number(let text):
            if let whole = Int(text) { return .integer(whole) }
            if let number = decimal { return .decimal(number) }
            return .string(text)
        case .array(let elements): return .array(elements.map(\.templateValue))
        case .object(let members):
            return .object(TemplateObject(keys: members.map(\.key), values: members.map(\.node.templateValue)))
        }
    }
}
