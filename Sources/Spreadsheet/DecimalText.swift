/// A number as exact decimal text ("21.511", "-4", "177065"): what a cell holds is written as
/// given, never through binary floating point, so the figure Excel reads is the figure computed.
public struct DecimalText: Hashable, Sendable, CustomStringConvertible {
    /// The digits, an optional leading "-" and an optional "." with digits after it.
    public let text: String

    /// The number `text`, or nil when it is not plain decimal digits ("1e5", "21,5", "", ".5").
    public init?(_ text: String) {
        var digitsBefore = 0
        var digitsAfter = 0
        var seenPoint = false
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where index == 0: continue
            case UInt8(ascii: "."):
                guard !seenPoint, digitsBefore > 0 else { return nil }
                seenPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if seenPoint { digitsAfter += 1 } else { digitsBefore += 1 }
            default: return nil
            }
        }
        guard digitsBefore > 0, !seenPoint || digitsAfter > 0 else { return nil }
        self.text = text
    }

    /// The number `value`.
    public init(_ value: Int) { text = String(value) }

    public var description: String { text }
}
