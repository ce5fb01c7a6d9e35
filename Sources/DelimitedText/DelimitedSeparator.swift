/// The character between the cells of a record: comma, semicolon or tab.
public enum DelimitedSeparator: Sendable, Hashable, CaseIterable {
    /// `,` — the RFC 4180 default and Excel's "CSV" in most locales.
    case comma
    /// `;` — Excel's "CSV" where the comma is the decimal mark (Vietnamese, European locales).
    case semicolon
    /// Tab — Excel's "Unicode text".
    case tab

    /// The separator as one ASCII byte.
    public var byte: UInt8 {
        switch self {
        case .comma: UInt8(ascii: ",")
        case .semicolon: UInt8(ascii: ";")
        case .tab: UInt8(ascii: "\t")
        }
    }

    /// The separator as a character.
    public var character: Character { Character(Unicode.Scalar(byte)) }
}
