/// A JSON value to write, with object members kept in the order given (so files read well and
/// come out byte-identical run after run).
public indirect enum JSONValue: Sendable, Equatable {
    /// An object; members in order.
    case object([Member])
    /// An array.
    case array([JSONValue])
    /// A string, escaped when written.
    case string(String)
    /// A number, written as given ("1.5", "-3", "2026").
    case number(String)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null

    /// One member of an object.
    public struct Member: Sendable, Equatable {
        /// The key.
        public var key: String
        /// The value.
        public var value: JSONValue

        /// A member.
        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// A whole number.
    public static func integer(_ value: Int) -> JSONValue { .number(String(value)) }

    /// The value as indented JSON text (two spaces a level), ending with a line feed. Arrays and
    /// objects holding only strings and numbers stay on one line.
    public var text: String {
        var out = ""
        write(to: &out, indent: 0)
        out.append("\n")
        return out
    }

    private var isFlat: Bool {
        switch self {
        case .object(let members): members.allSatisfy(\.value.isScalar)
        case .array(let elements): elements.allSatisfy(\.isScalar)
        default: true
        }
    }

    private var isScalar: Bool {
        switch self {
        case .object, .array: false
        default: true
        }
    }

    private func write(to out: inout String, indent: Int) {
        switch self {
        case .string(let string): Self.quote(string, into: &out)
        case .number(let text): out += text
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        case .array(let elements):
            writeList(elements.count, open: "[", close: "]", to: &out, indent: indent) { index, out, inner in
                elements[index].write(to: &out, indent: inner)
            }
        case .object(let members):
            writeList(members.count, open: "{", close: "}", to: &out, indent: indent) { index, out, inner in
                Self.quote(members[index].key, into: &out)
                out += ": "
                members[index].value.write(to: &out, indent: inner)
            }
        }
    }

    private func writeList(_ count: Int, open: String, close: String, to out: inout String, indent: Int,
                           element: (Int, inout String, Int) -> Void) {
        out += open
        guard count > 0 else { return out += close }
        let flat = isFlat
        let inner = indent + 2
        for index in 0..<count {
            if index > 0 { out += flat ? ", " : "," }
            if !flat { out += "\n" + String(repeating: " ", count: inner) }
            element(index, &out, inner)
        }
        if !flat { out += "\n" + String(repeating: " ", count: indent) }
        out += close
    }

    private static func quote(_ string: String, into out: inout String) {
        out.append("\"")
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out.append("\"")
    }
}
