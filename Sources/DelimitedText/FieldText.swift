import Foundation

/// Checks a field's bytes once: valid UTF-8, and whether composing to NFC changes them.
enum FieldText {
    /// What a field's bytes stand for.
    enum Form {
        /// The bytes are the field's text as they are.
        case asIs
        /// The field's text is this composition to NFC of its bytes.
        case composed(String)
    }

    /// The form of `bytes`, or nil when they are not valid UTF-8. `highBits` is all bytes
    /// or-ed together (below 0x80: plain ASCII, which needs neither check).
    static func form(_ bytes: UnsafeBufferPointer<UInt8>, highBits: UInt8) -> Form? {
        if highBits < 0x80 || bytes.isEmpty { return .asIs }
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        return mayChangeUnderNFC(bytes) ? .composed(text.precomposedStringWithCanonicalMapping) : .asIs
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
