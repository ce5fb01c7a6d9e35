/// Writes delimited text (CSV) that Excel opens with Vietnamese intact: UTF-8 with a byte order
/// mark by default, CR LF after every record, RFC 4180 quoting, text guarded against formulas.
public struct DelimitedTextWriter: Sendable {
    /// The separator written between cells.
    public let separator: DelimitedSeparator
    /// Everything written so far, starting with the byte order mark when one was asked for.
    public private(set) var bytes: [UInt8]

    /// A writer with no records yet.
    public init(separator: DelimitedSeparator = .comma, byteOrderMark: Bool = true) {
        self.separator = separator
        bytes = byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
    }

    /// Appends one record and the CR LF that ends it.
    public mutating func write(_ record: [DelimitedCell]) {
        for (index, cell) in record.enumerated() {
            if index > 0 { bytes.append(separator.byte) }
            switch cell {
            case .text(let text): append(Self.neutralised(text))
            case .number(let number): append(number)
            }
        }
        bytes.append(ASCII.carriageReturn)
        bytes.append(ASCII.lineFeed)
    }

    /// `text` with a leading `'` when a spreadsheet could take it for a formula (OWASP: it starts
    /// with `=`, `+`, `-`, `@`, tab or CR).
    public static func neutralised(_ text: String) -> String {
        switch text.utf8.first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), ASCII.tab, ASCII.carriageReturn:
            "'" + text
        default:
            text
        }
    }

    /// Appends `value`, in quotes (with `"` doubled) when it holds the separator, a quote or a
    /// line break, starts or ends with a space the reader would trim, or starts with U+FEFF.
    private mutating func append(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            guard Self.needsQuotes(utf8, separator: separator.byte) else {
                bytes.append(contentsOf: utf8)
                return
            }
            bytes.append(ASCII.quote)
            for byte in utf8 {
                if byte == ASCII.quote { bytes.append(ASCII.quote) }
                bytes.append(byte)
            }
            bytes.append(ASCII.quote)
        }
    }

    /// Whether a value of these UTF-8 bytes goes in quotes, decided in one pass over them.
    private static func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>, separator: UInt8) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        for byte in bytes where byte == separator || byte == ASCII.quote || byte == ASCII.lineFeed || byte == ASCII.carriageReturn {
            return true
        }
        // Space, tab or a no-break space (C2 A0 in UTF-8) at either end would be trimmed by a reader;
        // a leading U+FEFF (EF BB BF) would be taken for a byte order mark at the start of a file.
        let count = bytes.count
        return first == ASCII.space || first == ASCII.tab || last == ASCII.space || last == ASCII.tab
            || (count >= 3 && first == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            || (count >= 2 && first == 0xC2 && bytes[1] == 0xA0)
            || (count >= 2 && last == 0xA0 && bytes[count - 2] == 0xC2)
    }
}
