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

    /// True when `escaped(text)` differs from `text`; plain ASCII (numbers, codes, colours) is
    /// decided on its bytes alone.
    public static func needsEscaping(_ text: String) -> Bool {
        !isPlainASCII(text.utf8) && text.unicodeScalars.contains(where: needsChange)
    }

    /// True when every byte is printable ASCII other than `&`, `<`, `>` and `"`.
    private static func isPlainASCII(_ bytes: String.UTF8View) -> Bool {
        bytes.allSatisfy(isPlainASCII)
    }

    /// True when `byte` is printable ASCII other than `&`, `<`, `>` and `"`: text made only of such
    /// bytes is its own escaped form.
    @inlinable
    public static func isPlainASCII(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "<")
            && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "\"")
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
