/// Text from table cells made safe to print on a terminal: control characters (escape sequences
/// included), DEL, C1 controls and the bidirectional overrides that can reorder or hide what is
/// shown are written as Swift-style escapes (`\u{1B}`), so the terminal shows them instead of
/// obeying them. Everything else, Vietnamese included, is kept as it is.
public enum TerminalText {
    /// `text` with every character that could drive a terminal written as `\u{…}`.
    public static func escaped(_ text: String) -> String {
        let needsEscapes = text.utf8.withContiguousStorageIfAvailable(containsUnsafe) ?? text.unicodeScalars.contains(where: isUnsafe)
        guard needsEscapes else { return text }
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

    /// Appends the UTF-8 of `escaped(text)` to `bytes`: the text's own bytes, copied at once, when
    /// it has nothing to escape (reports are built this way piece by piece; escaping works
    /// character by character, so the pieces escaped one by one give the escaped whole).
    public static func append(_ text: String, to bytes: inout [UInt8]) {
        let copied = text.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            guard !containsUnsafe(utf8) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if copied != true { bytes.append(contentsOf: escaped(text).utf8) }
    }

    /// `append(_:to:)` for text given as UTF-8: `text` itself appended when it has nothing to escape.
    static func append(utf8 text: [UInt8], to bytes: inout [UInt8]) {
        if text.withUnsafeBufferPointer(containsUnsafe) {
            bytes.append(contentsOf: escaped(String(decoding: text, as: UTF8.self)).utf8)
        } else {
            bytes += text
        }
    }

    /// True when the UTF-8 `bytes` hold a character `isUnsafe` is true for, found from the bytes
    /// alone (each finding's line is checked, so this is the hot path): C0 controls and DEL are
    /// single bytes, C1 controls `C2 80`–`C2 9F`, U+202A–U+202E `E2 80 AA`–`E2 80 AE`, U+2066–U+2069
    /// `E2 81 A6`–`E2 81 A9`. Eight bytes of printable ASCII are passed over at once; any other
    /// eight are looked at byte by byte (an unsafe character's lead byte is never ASCII).
    private static func containsUnsafe(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(bytes)
        var index = 0
        while index < bytes.count {
            if index + 8 <= bytes.count, isPrintableASCII(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
                continue
            }
            let end = min(index + 8, bytes.count)
            while index < end {
                let byte = bytes[index]
                if byte < 0x20 || byte == 0x7F { return true }
                if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { return true }
                if byte == 0xE2, index + 2 < bytes.count {
                    let second = bytes[index + 1], third = bytes[index + 2]
                    if (second == 0x80 && (0xAA...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third)) { return true }
                }
                index += 1
            }
        }
        return false
    }

    /// True when each of the eight bytes of `word` is printable ASCII (0x20–0x7E). The tests for a
    /// byte below 0x20 and for a byte 0x7F may say so wrongly of a printable byte next to one,
    /// never miss one: a false "no" only sends the eight bytes to the byte-by-byte check.
    private static func isPrintableASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let belowSpace = (word &- ones &* 0x20) & ~word & high
        let delete = word ^ (ones &* 0x7F)
        let isDelete = (delete &- ones) & ~delete & high
        return (word & high) | belowSpace | isDelete == 0
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
