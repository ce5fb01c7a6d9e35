import Foundation

/// An estimate of how wide text is in a serif font such as Times New Roman (SVG cannot measure text
/// without a browser), and truncation with an ellipsis to fit a width.
enum TextMeasure {
    /// The approximate width of `text` at `fontSize`.
    static func width(_ text: String, fontSize: Double) -> Double {
        Double(asciiHundredthsOfEm(text) ?? common[text] ?? hundredthsOfEm(text)) * fontSize / 100
    }

    /// The width of an ASCII `text` (figures, codes, most labels) in hundredths of an em, summed
    /// over its bytes in place; nil for text with other characters or a carriage return (which
    /// forms one character with a following line feed), measured character by character instead.
    private static func asciiHundredthsOfEm(_ text: String) -> Int? {
        let total = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var total = 0
            for byte in bytes {
                guard byte < 0x80, byte != UInt8(ascii: "\r") else { return nil }
                total += hundredthsOfEm(ascii: byte)
            }
            return total
        }
        return total ?? nil
    }

    /// The widths of the legend names every year chart repeats, worked out once rather than
    /// character by character for every chart.
    private static let common: [String: Int] = {
        let names = YearSeriesChart.SeriesNames()
        return Dictionary(uniqueKeysWithValues: [names.actual, names.estimate, names.target].map { ($0, hundredthsOfEm($0)) })
    }()

    /// The width of `text` in hundredths of an em.
    private static func hundredthsOfEm(_ text: String) -> Int {
        text.reduce(0) { $0 + hundredthsOfEm($1) }
    }

    /// `text` if it fits in `width`, otherwise its longest prefix that fits followed by "…".
    static func truncated(_ text: String, toWidth width: Double, fontSize: Double) -> String {
        guard Self.width(text, fontSize: fontSize) > width else { return text }
        let room = width - Self.width("…", fontSize: fontSize)
        var used: Double = 0
        var prefix = ""
        for character in text {
            used += Double(hundredthsOfEm(character)) * fontSize / 100
            if used > room { break }
            prefix.append(character)
        }
        while prefix.last == " " { prefix.removeLast() }
        return prefix + "…"
    }

    /// The width of one character in hundredths of an em, by its class.
    private static func hundredthsOfEm(_ character: Character) -> Int {
        if let ascii = character.asciiValue {
            // ASCII by its byte, without Unicode property lookups (labels are mostly digits and Latin).
            return hundredthsOfEm(ascii: ascii)
        }
        // Other characters (Vietnamese letters, other digits) by their Unicode class.
        if character.isNumber { return 50 }
        if character.isUppercase { return 70 }
        if character.isLetter { return 48 }
        return 55
    }

    /// The width of one ASCII character, by its byte.
    private static func hundredthsOfEm(ascii: UInt8) -> Int {
        switch ascii {
        case UInt8(ascii: " "): return 25
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return 50
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return 70
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return 48
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ";"),
             UInt8(ascii: "'"), UInt8(ascii: "|"), UInt8(ascii: "!"): return 28
        default: return 55
        }
    }
}
