/// A name in a tag, looked up in the context: `.` (the current value) or a dotted path such as
/// `unit.name`, whose first part is searched from the innermost section outwards and whose other
/// parts are keys inside that value. A class, so that a tag hands its name to every lookup
/// without copying the parts.
final class TemplateName: Sendable {
    /// The dotted parts; empty for `.`.
    let parts: [String]
    /// `TemplateKeys.fingerprint(of:)` of each part, worked out once here rather than on every lookup.
    let fingerprints: [UInt64]
    /// The name as written, for messages.
    let text: String
    /// Where the name starts in its template.
    let offset: Int

    /// Reads a name; nil unless it is `.` or non-empty parts joined by dots, without whitespace
    /// or the characters `(),` that formatters use.
    init?(_ bytes: ArraySlice<UInt8>) {
        guard !bytes.isEmpty, !bytes.contains(where: Self.isReserved) else { return nil }
        text = String(decoding: bytes, as: UTF8.self)
        offset = bytes.startIndex
        if text == "." {
            parts = []
            fingerprints = []
            return
        }
        let pieces = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard !pieces.contains(where: \.isEmpty) else { return nil }
        parts = pieces.map { String(decoding: $0, as: UTF8.self) }
        fingerprints = parts.map(TemplateKeys.fingerprint)
    }

    /// True for bytes a name cannot contain.
    static func isReserved(_ byte: UInt8) -> Bool {
        TemplateLexer.isWhitespace(byte) || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")")
            || byte == UInt8(ascii: ",")
    }
}
