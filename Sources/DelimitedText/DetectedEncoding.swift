/// How the bytes of a file were encoded, as recognised from its first bytes.
public enum DetectedEncoding: Sendable, Hashable {
    /// UTF-8 without a byte order mark (also plain ASCII).
    case utf8
    /// UTF-8 starting with the byte order mark EF BB BF (Excel's "CSV UTF-8").
    case utf8WithBOM
    /// UTF-16 little-endian starting with FF FE (Excel's "Unicode text" on Windows).
    case utf16LittleEndian
    /// UTF-16 big-endian starting with FE FF.
    case utf16BigEndian
}
