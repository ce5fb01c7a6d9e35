import Foundation

/// The text of a file as UTF-8 bytes, whatever encoding its byte order mark announced.
struct DecodedText {
    /// UTF-8 bytes; the text begins at `start` (a UTF-8 byte order mark is skipped, not copied away).
    var bytes: [UInt8]
    /// Where the text begins in `bytes`.
    var start: Int
    /// The encoding the file was in.
    var encoding: DetectedEncoding

    /// Recognises the encoding by its byte order mark (none means UTF-8), converts UTF-16 to UTF-8,
    /// skips any further byte order marks at the start and rejects zero bytes, which no text contains.
    init(_ raw: [UInt8]) throws(DelimitedTextError) {
        if raw.starts(with: [0xEF, 0xBB, 0xBF]) {
            (bytes, start, encoding) = (raw, 3, .utf8WithBOM)
        } else if raw.starts(with: [0xFF, 0xFE]) {
            (bytes, start, encoding) = (try Self.utf8(fromUTF16: raw, littleEndian: true), 0, .utf16LittleEndian)
        } else if raw.starts(with: [0xFE, 0xFF]) {
            (bytes, start, encoding) = (try Self.utf8(fromUTF16: raw, littleEndian: false), 0, .utf16BigEndian)
        } else {
            (bytes, start, encoding) = (raw, 0, .utf8)
        }
        // A file saved twice through a tool that adds a mark may carry two: none is text.
        while bytes[start...].starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
        try rejectZeroBytes()
    }

    private func rejectZeroBytes() throws(DelimitedTextError) {
        try bytes.withUnsafeBufferPointer { (buffer) throws(DelimitedTextError) in
            guard let base = buffer.baseAddress, start < buffer.count,
                  let zero = memchr(base + start, 0, buffer.count - start) else { return }
            let offset = base.distance(to: zero.assumingMemoryBound(to: UInt8.self))
            throw TextLocation.error(
                "the file contains a zero byte, which text never has; it may be \"Unicode text\" saved without "
                    + "its byte order mark — open it in Excel and save it again as \"CSV UTF-8\"",
                at: offset, in: buffer, textStart: start)
        }
    }

    /// UTF-16 after a two-byte byte order mark, as UTF-8; an unpaired surrogate or an odd last
    /// byte is an error at the character where the text stops making sense.
    private static func utf8(fromUTF16 raw: [UInt8], littleEndian: Bool) throws(DelimitedTextError) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var units = UTF16Units(raw: raw, littleEndian: littleEndian)
        var parser = Unicode.UTF16.ForwardParser()
        var problem: String?
        decoding: while true {
            switch parser.parseScalar(from: &units) {
            case .valid(let encoded):
                Unicode.UTF8.encode(Unicode.UTF16.decode(encoded)) { out.append($0) }
            case .error:
                problem = "this is not valid UTF-16 text (half of a character pair is missing)"
                break decoding
            case .emptyInput:
                if raw.count % 2 != 0 { problem = "the file ends in the middle of a UTF-16 character" }
                break decoding
            }
        }
        guard let problem else { return out }
        throw out.withUnsafeBufferPointer { buffer in
            TextLocation.error(problem, at: buffer.count, in: buffer, textStart: 0)
        }
    }
}

/// The 16-bit code units of UTF-16 bytes after the byte order mark.
private struct UTF16Units: IteratorProtocol {
    let raw: [UInt8]
    let littleEndian: Bool
    var offset = 2

    mutating func next() -> UInt16? {
        guard offset + 1 < raw.count else { return nil }
        let first = UInt16(raw[offset]), second = UInt16(raw[offset + 1])
        offset += 2
        return littleEndian ? first | second << 8 : first << 8 | second
    }
}
