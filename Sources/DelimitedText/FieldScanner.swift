/// Splits UTF-8 bytes into fields and records, byte by byte, without making strings.
///
/// Fields end at the separator, a line break (CR LF, LF or CR) or the end of the text. Spaces,
/// no-break spaces and tabs (when tab is not the separator) around a field are skipped. A field
/// whose first other character is `"` is quoted (RFC 4180): it runs to the next lone `"`, `""`
/// stands for one `"`, separators and line breaks inside are kept (line breaks as LF), and any
/// text after the closing quote up to the separator is kept as it is. A `"` anywhere else is an
/// ordinary character.
struct FieldScanner {
    /// A field as found: where its bytes are, and how it ended.
    struct Field {
        /// The field's bytes: in the scanned text, or in `assembled` for a quoted field.
        var range: Range<Int>
        /// True when the bytes were assembled in `assembled` (a quoted field).
        var isAssembled: Bool
        /// All bytes of the field or-ed together: below 0x80 means plain ASCII.
        var highBits: UInt8
        /// Where the field starts in the scanned text (its opening quote, if any).
        var rawStart: Int
        /// What follows the field.
        var terminator: Terminator

        /// True when the field is the last of its record.
        var endsRecord: Bool { terminator != .separator }
    }

    /// What ends a field.
    enum Terminator {
        /// A separator: another field of the same record follows.
        case separator
        /// A line break: the record ends.
        case lineBreak
        /// The end of the text: the record ends without a line break.
        case endOfText
    }

    /// A quoted field that is never closed; `offset` is its opening quote.
    struct UnclosedQuote: Error {
        var offset: Int
    }

    /// The text being scanned.
    private let bytes: UnsafeBufferPointer<UInt8>
    /// The separator byte.
    private let separator: UInt8
    /// The next byte to scan.
    private var offset: Int
    /// The 1-based line of `offset`.
    private(set) var line = 1
    /// The unquoted bytes of the last quoted field.
    private(set) var assembled: [UInt8] = []
    /// Bit `b` is set for each byte `b` (all below 64) that ends an unquoted field.
    private let stopMask: UInt64
    /// Bit `b` is set for each ASCII byte `b` (all below 64) trimmed around a field.
    private let blankMask: UInt64

    /// A scanner of `bytes` from `start` on.
    init(bytes: UnsafeBufferPointer<UInt8>, separator: DelimitedSeparator, start: Int) {
        self.bytes = bytes
        self.separator = separator.byte
        self.offset = start
        stopMask = 1 << UInt64(separator.byte) | 1 << UInt64(ASCII.lineFeed) | 1 << UInt64(ASCII.carriageReturn)
        blankMask = 1 << UInt64(ASCII.space) | (separator == .tab ? 0 : 1 << UInt64(ASCII.tab))
    }

    /// True when all of the text has been scanned.
    var isAtEnd: Bool { offset >= bytes.count }

    /// Scans the next field and the separator or line break after it.
    mutating func next() throws(UnclosedQuote) -> Field {
        skipBlanks()
        if offset < bytes.count && bytes[offset] == ASCII.quote { return try quoted() }
        let start = offset
        var high: UInt8 = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            if Self.contains(stopMask, byte) { break }
            high |= byte
            offset += 1
        }
        let range = start..<trimmedEnd(from: start, to: offset)
        return Field(range: range, isAssembled: false, highBits: high, rawStart: start, terminator: finishField())
    }

    private mutating func quoted() throws(UnclosedQuote) -> Field {
        let open = offset
        offset += 1
        assembled.removeAll(keepingCapacity: true)
        var runStart = offset
        var high: UInt8 = 0
        while true {
            guard offset < bytes.count else { throw UnclosedQuote(offset: open) }
            let byte = bytes[offset]
            high |= byte
            if byte == ASCII.quote {
                assembled.append(contentsOf: bytes[runStart..<offset])
                offset += 1
                guard offset < bytes.count && bytes[offset] == ASCII.quote else { break }
                // "" inside quotes: keep the second quote as the start of the next run.
                runStart = offset
                offset += 1
            } else if byte == ASCII.carriageReturn {
                assembled.append(contentsOf: bytes[runStart..<offset])
                assembled.append(ASCII.lineFeed)
                offset += 1
                if offset < bytes.count && bytes[offset] == ASCII.lineFeed { offset += 1 }
                runStart = offset
                line += 1
            } else {
                if byte == ASCII.lineFeed { line += 1 }
                offset += 1
            }
        }
        // Text after the closing quote is kept as it is (Excel does the same).
        let tailStart = offset
        while offset < bytes.count && !Self.contains(stopMask, bytes[offset]) {
            high |= bytes[offset]
            offset += 1
        }
        assembled.append(contentsOf: bytes[tailStart..<trimmedEnd(from: tailStart, to: offset)])
        return Field(range: 0..<assembled.count, isAssembled: true, highBits: high, rawStart: open,
                     terminator: finishField())
    }

    /// Consumes the separator or line break at `offset`, if any.
    private mutating func finishField() -> Terminator {
        guard offset < bytes.count else { return .endOfText }
        let byte = bytes[offset]
        offset += 1
        if byte == separator { return .separator }
        line += 1
        if byte == ASCII.carriageReturn && offset < bytes.count && bytes[offset] == ASCII.lineFeed { offset += 1 }
        return .lineBreak
    }

    private mutating func skipBlanks() {
        while offset < bytes.count {
            if Self.contains(blankMask, bytes[offset]) {
                offset += 1
            } else if isNoBreakSpace(at: offset) {
                offset += 2
            } else {
                return
            }
        }
    }

    /// `end` moved back over the blanks that end `start..<end`.
    private func trimmedEnd(from start: Int, to end: Int) -> Int {
        var end = end
        while end > start {
            if Self.contains(blankMask, bytes[end - 1]) {
                end -= 1
            } else if end - 2 >= start && isNoBreakSpace(at: end - 2) {
                end -= 2
            } else {
                break
            }
        }
        return end
    }

    /// True when U+00A0 NO-BREAK SPACE (C2 A0) starts at `index`.
    private func isNoBreakSpace(at index: Int) -> Bool {
        bytes[index] == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0
    }

    @inline(__always)
    private static func contains(_ mask: UInt64, _ byte: UInt8) -> Bool {
        byte < 64 && (mask >> UInt64(byte)) & 1 != 0
    }
}
