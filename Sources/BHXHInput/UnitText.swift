/// What unit codes and names in `units.csv` may hold, beyond the characters of `SafeName`.
/// Documented in docs/INPUT.md; messages in docs/PROBLEMS.md.
enum UnitText {
    /// A code becomes a file name (`units/<code>.html` and the like), so it has at most
    /// `SafeName.maximumBytes` (64) bytes — 64 letters without accents, at least 21 with them.
    static let maximumCodeBytes = SafeName.maximumBytes

    /// Why `code` cannot be a unit code because of its length or an invisible character; nil when
    /// neither is the problem.
    static func codeProblem(_ code: String) -> String? {
        if let scalar = deceptiveScalar(in: code) {
            return "the code contains \(describe(scalar)), which cannot be in a code; retype the code"
        }
        let bytes = code.utf8.count
        guard bytes > maximumCodeBytes else { return nil }
        return "the code \"\(shown(code))\" is \(bytes) bytes long, but codes become file names and may have at "
            + "most \(maximumCodeBytes) bytes (letters with accents take 2 or 3 bytes each); use a shorter code"
    }

    /// Why `name` cannot be a unit's name; nil when it can.
    static func nameProblem(_ name: String) -> String? {
        guard let scalar = deceptiveScalar(in: name) else { return nil }
        return "the name contains \(describe(scalar)), which can make a text look different from what it "
            + "says; retype the name without it"
    }

    /// A code as messages quote it: whole up to 20 characters, else its first 20 and "…" (a
    /// 10 MB cell must not make a 10 MB message).
    static func shown(_ code: String) -> String {
        code.dropFirst(20).isEmpty ? code : code.prefix(20) + "…"
    }

    /// The key under which codes collide as file names on macOS and Windows, which ignore case.
    static func fileNameKey(_ code: String) -> String {
        code.lowercased()
    }

    /// The one safe code no unit may have, as `fileNameKey` writes it: its page would be the site's
    /// list of all units, `units/index.html`.
    static let reservedFileName = "index"

    /// The first character that no name or code should hold: controls (line breaks and tabs
    /// included), format characters such as the bidirectional overrides U+202A–U+202E and
    /// isolates U+2066–U+2069, zero-width spaces and joiners, and line or paragraph separators.
    static func deceptiveScalar(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { isDeceptive($0) }
    }

    /// True for a control, format, line or paragraph separator character. Printable ASCII and the
    /// Latin letters Vietnamese is written in (U+00C0–U+024F, U+1E00–U+1EFF, which hold only
    /// letters and × ÷) are answered without looking up Unicode's tables.
    static func isDeceptive(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20..<0x7F, 0xC0...0x24F, 0x1E00...0x1EFF: return false
        default:
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator: return true
            default: return false
            }
        }
    }

    /// "an invisible character (U+202E)"; a line break or tab by its name.
    private static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        switch scalar {
        case "\n", "\r": return "a line break"
        case "\t": return "a tab"
        default: return "an invisible character (\(code))"
        }
    }
}
