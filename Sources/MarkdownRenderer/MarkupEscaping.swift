/// Escaping of text for HTML and XML (inline SVG included): the one place source text becomes markup.
public enum MarkupEscaping {
    /// `text` with `&`, `<`, `>` and `"` written as character references and characters that HTML and XML
    /// forbid (C0 controls other than tab, line feed and carriage return; DEL; C1 controls;
    /// noncharacters) replaced by U+FFFD, so it is safe both as element content and in a quoted attribute.
    public static func escaped(_ text: String) -> String {
        var out = ""
        append(text, to: &out)
        return out
    }

    /// Appends `text`, escaped as `escaped(_:)` does, to `out`.
    /// Text that needs no change (the usual case) is appended in one piece.
    public static func append(_ text: String, to out: inout String) {
        guard needsEscaping(text) else {
            out += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(isForbidden(scalar) ? "\u{FFFD}" : scalar)
            }
        }
    }

    /// True when `escaped(text)` differs from `text`; text of plain bytes (numbers, codes, colours,
    /// Vietnamese names) is decided on its bytes alone.
    public static func needsEscaping(_ text: String) -> Bool {
        !text.utf8.allSatisfy(isPlainUTF8) && text.unicodeScalars.contains(where: needsChange)
    }

    /// True when `byte` is printable ASCII other than `&`, `<`, `>` and `"`: text made only of such
    /// bytes is its own escaped form.
    @inlinable
    public static func isPlainASCII(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "<")
            && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "\"")
    }

    /// True when `byte`, in valid UTF-8, can be no part of a character that escaping changes:
    /// printable ASCII other than `&`, `<`, `>` and `"` (`isPlainASCII`), or a byte of a character
    /// from U+00C0 up to U+EFFF. Text made only of such bytes is its own escaped form. The lead
    /// bytes left out are 0xC2 (which starts the C1 controls, U+0080–U+009F), 0xEF (U+F000–U+FFFF,
    /// among them the noncharacters U+FDD0–U+FDEF, U+FFFE and U+FFFF) and 0xF0 and above (the
    /// planes beyond, whose last two code points are noncharacters); text with them is checked
    /// character by character.
    @inlinable
    public static func isPlainUTF8(_ byte: UInt8) -> Bool {
        byte < 0x80 ? isPlainASCII(byte) : byte != 0xC2 && byte != 0xEF && byte < 0xF0
    }

    private static func needsChange(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "&", "<", ">", "\"": true
        default: isForbidden(scalar)
        }
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F, 0xFDD0...0xFDEF: return true
        default: return value & 0xFFFE == 0xFFFE
        }
    }
}
