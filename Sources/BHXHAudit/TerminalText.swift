/// Text from table cells made safe to print on a terminal: control characters (escape sequences
/// included), DEL, C1 controls and the bidirectional overrides that can reorder or hide what is
/// shown are written as Swift-style escapes (`\u{1B}`), so the terminal shows them instead of
/// obeying them. Everything else, Vietnamese included, is kept as it is.
public enum TerminalText {
    /// `text` with every character that could drive a terminal written as `\u{…}`.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// True for C0 controls (tab and line breaks included: a cell stays on its line), DEL, C1
    /// controls, and the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
