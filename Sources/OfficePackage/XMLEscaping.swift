/// Escaping for XML 1.0 character data and attribute values.
public enum XMLEscaping {
    /// Appends `value` to `bytes` with `&`, `<` and `>` escaped (and `"`, tab and line feed when
    /// `quotes`, so a reader does not fold them into spaces), carriage returns as `&#13;`, and each
    /// character XML 1.0 cannot hold at all (C0 controls but tab, line feed and carriage return;
    /// U+FFFE, U+FFFF) replaced by U+FFFD, so the document always parses.
    public static func append(_ value: String, to bytes: inout [UInt8], quotes: Bool) {
        // Most values need no escaping: their bytes go in at once, without a copy of the string.
        let plain = value.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            guard isPlain(utf8, quotes: quotes) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if plain == true { return }
        let utf8 = Array(value.utf8)
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\"") where quotes: bytes.append(contentsOf: "&quot;".utf8)
            case 0x0A where quotes: bytes.append(contentsOf: "&#10;".utf8)
            case 0x09 where quotes: bytes.append(contentsOf: "&#9;".utf8)
            case 0x0D: bytes.append(contentsOf: "&#13;".utf8)
            case 0x09, 0x0A: bytes.append(byte)
            case 0x00..<0x20: bytes.append(contentsOf: replacement)
            // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
            case 0xEF where index + 2 < utf8.count && utf8[index + 1] == 0xBF && utf8[index + 2] >= 0xBE:
                bytes.append(contentsOf: replacement)
                index += 2
            default: bytes.append(byte)
            }
            index += 1
        }
    }

    /// True for a byte `append` does not copy as it is: markup, controls, the lead byte of
    /// U+FFFE and U+FFFF, and with `quotes` the quote, tab and line feed.
    /// True when `utf8` goes in as it is: no byte `append` would change.
    static func isPlain(_ utf8: UnsafeBufferPointer<UInt8>, quotes: Bool) -> Bool {
        !utf8.contains { needsEscaping($0, quotes: quotes) }
    }

    private static func needsEscaping(_ byte: UInt8, quotes: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), 0xEF: true
        case UInt8(ascii: "\""), 0x09, 0x0A: quotes
        case 0x00..<0x20: true
        default: false
        }
    }

    /// U+FFFD REPLACEMENT CHARACTER in UTF-8.
    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// `value` escaped for character data.
    public static func text(_ value: String) -> String {
        var bytes: [UInt8] = []
        append(value, to: &bytes, quotes: false)
        return String(decoding: bytes, as: UTF8.self)
    }
}
