import BHXHCore
import DelimitedText
import Foundation
import LocatedJSON
import VietnameseFormat

/// Reads typed values out of a located JSON tree, collecting every problem with its location
/// instead of stopping at the first.
struct JSONFieldReader {
    /// The file as the user named it.
    let path: String
    /// The problems found so far.
    private(set) var diagnostics: [Diagnostic] = []
    /// The unit codes as suggestions, prepared at the first unknown code.
    var unitCodeSuggestions: Suggestion.Candidates?

    init(path: String) {
        self.path = path
    }

    /// The location of a node in the file.
    func ref(_ location: SourceLocation) -> SourceRef {
        SourceRef(path: path, line: location.line, column: location.column)
    }

    /// Records an error at a location.
    mutating func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.error, message, at: ref(location)))
    }

    /// Records a warning at a location.
    mutating func warning(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.warning, message, at: ref(location)))
    }

    /// The node as an object whose keys are all among `known`; unknown keys are errors with a
    /// suggestion, and required keys that are missing are errors at the object.
    mutating func object(_ node: JSONNode, _ what: String, known: [String], required: [String] = []) -> JSONObject? {
        guard let members = node.members else {
            error("\(what) must be an object ({ … }), not \(node.kindDescription)", at: node.location)
            return nil
        }
        var misspelt: Set<String> = []
        for member in members where !known.contains(member.key) {
            let suggestion = Suggestion.closest(to: member.key, among: known)
            if let suggestion { misspelt.insert(suggestion) }
            let hint = suggestion.map { "; did you mean \"\($0)\"?" } ?? ""
            error("\"\(member.key)\" is not a key of \(what)\(hint)", at: member.keyLocation)
        }
        let object = JSONObject(node: node, members: members, misspelt: misspelt)
        for key in required {
            _ = needs(object, key, "\(what) needs \"\(key)\"")
        }
        return object
    }

    /// The value under `key`; when it is missing, an error at the object — unless a misspelt key
    /// was already reported as meaning it (one mistake, one message).
    mutating func needs(_ object: JSONObject, _ key: String, _ message: String) -> JSONNode? {
        if let node = object[key] { return node }
        if !object.misspelt.contains(key) { error(message, at: object.node.location) }
        return nil
    }

    /// A text value; nil (with an error) when it is present but not text.
    mutating func string(_ node: JSONNode?, _ what: String) -> String? {
        guard let node else { return nil }
        guard let text = node.string else {
            error("\(what) must be a text in \"quotes\", not \(node.kindDescription)", at: node.location)
            return nil
        }
        return ComposedText.composed(text)
    }

    /// A non-empty text value.
    mutating func nonEmptyString(_ node: JSONNode?, _ what: String) -> String? {
        guard let node, let text = string(node, what) else { return nil }
        // Empty when nothing but spaces; decided at the first other character, without a trimmed copy.
        if text.unicodeScalars.allSatisfy({ CharacterSet.whitespaces.contains($0) }) {
            error("\(what) is empty", at: node.location)
            return nil
        }
        return text
    }

    /// A list of texts.
    mutating func strings(_ node: JSONNode?, _ what: String) -> [String]? {
        guard let node else { return nil }
        guard let elements = node.elements else {
            error("\(what) must be a list of texts ([\"…\", \"…\"]), not \(node.kindDescription)", at: node.location)
            return nil
        }
        return elements.compactMap { string($0, "each of \(what)") }
    }

    /// An exact number.
    mutating func decimal(_ node: JSONNode?, _ what: String) -> Decimal? {
        guard let node else { return nil }
        if let text = node.string {
            // Suggest the number as JSON writes it: "1,3%" → 1.3 (a % would itself be an error).
            let suggestion = (try? NumberReading.decimal(text)).map { "write \($0), not" } ?? "not"
            error("\(what) must be a number without quotes (\(suggestion) \"\(text)\")", at: node.location)
            return nil
        }
        guard node.numberText != nil else {
            error("\(what) must be a number, not \(node.kindDescription)", at: node.location)
            return nil
        }
        guard let value = node.decimal, let digits = node.numberText, Self.digitCount(digits) <= 30 else {
            if let text = node.numberText, Self.isBelowOne(text) {
                error("\(what) is too small a number to use (\(text)); write 0 if you mean none", at: node.location)
            } else {
                error("\(what) is too large a number", at: node.location)
            }
            return nil
        }
        return value
    }

    /// The digits of a JSON number's text (ASCII, as JSON numbers are), counted over its bytes.
    static func digitCount(_ text: String) -> Int {
        text.utf8.reduce(0) { count, byte in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? count + 1 : count }
    }

    /// True when a JSON number's text (`-12.5e-3`) is nearer 0 than 1 (or is 0): its first
    /// significant digit lies after the decimal point.
    static func isBelowOne(_ text: String) -> Bool {
        let lowered = text.lowercased()
        let parts = lowered.split(separator: "e", maxSplits: 1, omittingEmptySubsequences: false)
        let mantissa = parts[0].filter { $0 != "-" }
        let integerDigits = mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count
        let digits = mantissa.filter { $0 != "." }
        guard let leading = digits.firstIndex(where: { $0 != "0" }) else { return true }
        let order = integerDigits - digits.distance(from: digits.startIndex, to: leading)
        guard parts.count == 2 else { return order <= 0 }
        guard let exponent = Int(parts[1]) else { return parts[1].hasPrefix("-") }
        return exponent <= -order
    }

    /// A whole number within `range`.
    mutating func integer(_ node: JSONNode?, _ what: String, in range: ClosedRange<Int>) -> Int? {
        guard let node, let value = decimal(node, what) else { return nil }
        guard value.isWholeNumber, value >= Decimal(range.lowerBound), value <= Decimal(range.upperBound) else {
            error("\(what) must be a whole number from \(range.lowerBound) to \(range.upperBound)", at: node.location)
            return nil
        }
        return NSDecimalNumber(decimal: value).intValue
    }

    /// A year, 1900–2200.
    mutating func year(_ node: JSONNode?, _ what: String) -> Int? {
        integer(node, what, in: 1900...2200)
    }

    /// One of a fixed set of words.
    mutating func choice<T>(_ node: JSONNode?, _ what: String, _ options: [(String, T)]) -> T? {
        guard let node, let text = string(node, what) else { return nil }
        if let match = options.first(where: { $0.0 == text }) { return match.1 }
        let names = options.map(\.0)
        let hint = Suggestion.closest(to: text, among: names).map { " (did you mean \"\($0)\"?)" } ?? ""
        error("unknown \(what) \"\(text)\"\(hint); use \(Suggestion.list(names))", at: node.location)
        return nil
    }

    /// An object of years to numbers: {"2019": 1.5, "2020": 2}; with a `range`, each number must
    /// be in it (an error at the number when it is not).
    mutating func yearValues(_ node: JSONNode?, _ what: String, range: PlausibleRange? = nil) -> [Int: Decimal]? {
        guard let node else { return nil }
        guard let members = node.members else {
            error("\(what) must be an object of years, like {\"2019\": 1.5}, not \(node.kindDescription)", at: node.location)
            return nil
        }
        var result: [Int: Decimal] = [:]
        for member in members {
            guard let year = Int(member.key), (1900...2200).contains(year), member.key.count == 4 else {
                error("\"\(member.key)\" in \(what) is not a year", at: member.keyLocation)
                continue
            }
            let valueWhat = "the value for \(year) in \(what)"
            guard let value = decimal(member.node, valueWhat) else { continue }
            if let range, !check(value, range, valueWhat, at: member.node.location) { continue }
            result[year] = value
        }
        return result
    }
}

/// An object's members by key, remembering the object's own node.
struct JSONObject {
    /// The object node.
    let node: JSONNode
    /// The members in file order.
    let members: [JSONNode.Member]
    /// The known keys that an unknown key was taken for ("rate" for "rates"), already reported.
    let misspelt: Set<String>

    /// The value under a key.
    subscript(key: String) -> JSONNode? {
        members.first(where: { $0.key == key })?.node
    }
}
