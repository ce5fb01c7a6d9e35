/// A number as exact decimal text ("21.511", "-4", "177065"): what a cell holds is written as
/// given, never through binary floating point, so the figure Excel reads is the figure computed.
public struct DecimalText: Hashable, Sendable, CustomStringConvertible {
    /// The digits, an optional leading "-" and an optional "." with digits after it.
    public let text: String

    /// The number `text`, or nil when it is not plain decimal digits ("1e5", "21,5", "", ".5").
    public init?(_ text: String) {
        var text = text
        guard text.withUTF8(Self.isDecimal) else { return nil }
        self.text = text
    }

    /// True for digits with an optional leading "-" and an optional "." between digits.
    private static func isDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = bytes.first == UInt8(ascii: "-") ? 1 : 0
        let wholeStart = index
        while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
        guard index > wholeStart else { return false }
        guard index < bytes.count else { return true }
        guard bytes[index] == UInt8(ascii: ".") else { return false }
        index += 1
        let fractionStart = index
        while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
        return index > fractionStart && index == bytes.count
    }

    /// The number `value`.
    public init(_ value: Int) { text = String(value) }

    public var description: String { text }
}
