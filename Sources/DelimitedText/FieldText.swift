import Foundation

/// Makes the `String` of a field from its bytes, once: checks UTF-8 and composes to NFC only
/// when the bytes could change.
enum FieldText {
    /// The text of `bytes` in NFC, or nil when they are not valid UTF-8. `highBits` is all bytes
    /// or-ed together (below 0x80: plain ASCII, which needs neither check).
    static func make(_ bytes: UnsafeBufferPointer<UInt8>, highBits: UInt8) -> String? {
        if bytes.isEmpty { return "" }
        if highBits < 0x80 { return String(decoding: bytes, as: UTF8.self) }
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        return mayChangeUnderNFC(bytes) ? text.precomposedStringWithCanonicalMapping : text
    }

    /// False when NFC leaves valid UTF-8 `bytes` as they are for sure: every scalar is below
    /// U+0300 (combining marks start there) or in U+1E00–U+1EFF (precomposed Latin letters,
    /// among them Vietnamese ạ…ỹ). Those scalars are all NFC starters that nothing before them
    /// can combine with, so only a later scalar from elsewhere can start a change.
    static func mayChangeUnderNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0xCC {
                index += 1
            } else if byte == 0xE1 && index + 1 < bytes.count && (0xB8...0xBB).contains(bytes[index + 1]) {
                index += 3
            } else {
                return true
            }
        }
        return false
    }
}
