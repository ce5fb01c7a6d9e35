/// A JSON value together with where it starts in its file, so that whoever reads it can say
/// exactly which value is wrong.
public struct JSONNode: Sendable {
    /// The value itself.
    public var value: Value
    /// Where the value starts.
    public var location: SourceLocation

    /// Creates a node.
    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// The kinds of JSON value. Numbers keep their exact text; objects keep their key order.
    public enum Value: Sendable {
        case null
        case bool(Bool)
        /// A number as written ("1.5", "-2e3"), so no precision is lost.
        case number(String)
        case string(String)
        case array([JSONNode])
        case object([Member])
    }

    /// One key of an object with its value.
    public struct Member: Sendable {
        /// The key.
        public var key: String
        /// Where the key starts.
        public var keyLocation: SourceLocation
        /// The value under the key.
        public var node: JSONNode

        /// Creates a member.
        public init(key: String, keyLocation: SourceLocation, node: JSONNode) {
            self.key = key
            self.keyLocation = keyLocation
            self.node = node
        }
    }
}

extension JSONNode {
    /// The value under `key` when this is an object that has it.
    public subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first(where: { $0.key == key })?.node
    }

    /// The members when this is an object.
    public var members: [Member]? {
        if case .object(let members) = value { return members }
        return nil
    }

    /// The elements when this is an array.
    public var elements: [JSONNode]? {
        if case .array(let elements) = value { return elements }
        return nil
    }

    /// The text when this is a string.
    public var string: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    /// The number's text when this is a number.
    public var numberText: String? {
        if case .number(let text) = value { return text }
        return nil
    }

    /// The truth value when this is a boolean.
    public var bool: Bool? {
        if case .bool(let flag) = value { return flag }
        return nil
    }

    /// True for `null`.
    public var isNull: Bool {
        if case .null = value { return true }
        return false
    }

    /// What kind of value this is, in words for error messages: "a number", "an object"…
    public var kindDescription: String {
        switch value {
        case .null: return "null"
        case .bool: return "true or false"
        case .number: return "a number"
        case .string: return "a text"
        case .array: return "a list"
        case .object: return "an object"
        }
    }
}

import Foundation

extension JSONNode {
    /// The number as an exact `Decimal` when this is a number that fits one (about 38 digits,
    /// exponents within ±127); nil otherwise.
    public var decimal: Decimal? {
        guard case .number(let text) = value else { return nil }
        return Decimal(string: text, locale: Self.posix)
    }

    /// The locale JSON numbers are written in, made once (a definition can hold thousands of numbers).
    private static let posix = Locale(identifier: "en_US_POSIX")
}
