/// The kinds of official numbering a line may begin with. The raw value is the HTML class name.
public enum ItemKind: String, CaseIterable, Equatable, Sendable {
    /// A Roman numeral section, "I." to "XXXIX." (upper case, canonical form).
    case roman
    /// An arabic item, "1." to "999.", also multi-level "1.1." or "2.3.1.".
    case number
    /// A letter item, a single lower-case letter a–z or đ followed by ")": "a)", "đ)".
    case letter
    /// A bullet written "-".
    case dash
    /// A sub-bullet written "+".
    case plus
}

/// Recognises the official numbering marker at the start of a line.
enum ItemMarker {
    /// The kind and marker text that `line` (already stripped of leading blanks) starts with, and the
    /// content after the marker and its blanks; nil when the line does not start with a marker.
    /// A marker must be followed by a space, a tab or the end of the line.
    static func recognize(_ line: Substring) -> (kind: ItemKind, marker: Substring, content: Substring)? {
        guard let (kind, end) = markerEnd(line) else { return nil }
        let rest = line[end...]
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        return (kind, line[..<end], rest.drop(while: { $0 == " " || $0 == "\t" }))
    }

    private static func markerEnd(_ line: Substring) -> (ItemKind, Substring.Index)? {
        guard let first = line.first else { return nil }
        switch first {
        case "-": return (.dash, line.index(after: line.startIndex))
        case "+": return (.plus, line.index(after: line.startIndex))
        case "I", "V", "X": return romanEnd(line)
        case "0"..."9": return numberEnd(line)
        default: return letterEnd(line)
        }
    }

    private static let romanNumerals: Set<Substring> = {
        let tens = ["", "X", "XX", "XXX"]
        let units = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
        var all = Set<Substring>()
        for ten in tens {
            for unit in units where !(ten + unit).isEmpty { all.insert(Substring(ten + unit)) }
        }
        return all
    }()

    private static func romanEnd(_ line: Substring) -> (ItemKind, Substring.Index)? {
        guard let dot = line.prefix(8).firstIndex(of: "."), romanNumerals.contains(line[..<dot]) else { return nil }
        return (.roman, line.index(after: dot))
    }

    /// Groups of one to three digits, each followed by a dot: "1.", "10.", "1.2.".
    private static func numberEnd(_ line: Substring) -> (ItemKind, Substring.Index)? {
        var index = line.startIndex
        var end: Substring.Index?
        while index < line.endIndex {
            var digits = 0
            while index < line.endIndex, line[index].isASCII, line[index].isNumber, digits <= 3 {
                digits += 1
                index = line.index(after: index)
            }
            guard (1...3).contains(digits), index < line.endIndex, line[index] == "." else { break }
            index = line.index(after: index)
            end = index
        }
        return end.map { (.number, $0) }
    }

    private static func letterEnd(_ line: Substring) -> (ItemKind, Substring.Index)? {
        guard let first = line.first, (first.isASCII && first.isLowercase) || first == "đ" else { return nil }
        let paren = line.index(after: line.startIndex)
        guard paren < line.endIndex, line[paren] == ")" else { return nil }
        return (.letter, line.index(after: paren))
    }
}
