import Foundation

/// A number as typed: its sign, its digits, and the marks (`.`, `,`, space) between digit groups.
struct NumberText {
    /// A mark between two groups of digits.
    enum Mark: Hashable {
        case dot, comma, space
    }

    /// True after a leading `-` or `−`.
    private(set) var negative = false
    /// The digits 0–9 in order, as values.
    private(set) var digits: [UInt8] = []
    /// How many digits each group has; groups are separated by `marks`.
    private(set) var groupLengths: [Int] = [0]
    /// The marks between groups, in order.
    private(set) var marks: [Mark] = []

    /// Splits `text` into sign, digits and marks; anything else (and an empty group) is not a number.
    init(_ text: Substring, percentAllowed: Bool) throws(NumberReadingError) {
        var scalars = text.unicodeScalars[...]
        Self.trimSpaces(&scalars)
        if percentAllowed && scalars.last == "%" {
            scalars.removeLast()
            Self.trimSpaces(&scalars)
        }
        switch scalars.first {
        case "-", "\u{2212}": negative = true; scalars.removeFirst()
        case "+": scalars.removeFirst()
        default: break
        }
        for scalar in scalars {
            switch scalar {
            case "0"..."9":
                digits.append(UInt8(scalar.value - 0x30))
                groupLengths[groupLengths.count - 1] += 1
            case ".": try startGroup(after: .dot)
            case ",": try startGroup(after: .comma)
            case " ", "\u{A0}", "\u{202F}": try startGroup(after: .space)
            default: throw .notANumber
            }
        }
        guard !digits.isEmpty, groupLengths[groupLengths.count - 1] > 0 else { throw .notANumber }
    }

    /// How many of the digits follow the decimal mark. With marks of one kind only, a single
    /// `.` or `,` is a decimal mark unless `singleMarkGroups` and the digits group in threes.
    func fractionDigits(singleMarkGroups: Bool) throws(NumberReadingError) -> Int {
        guard let last = marks.last else { return 0 }
        let kinds = Set(marks)
        let lastGroup = groupLengths[groupLengths.count - 1]
        if kinds.count == 1 {
            if isGroupedInThrees(groupCount: groupLengths.count)
                && (singleMarkGroups || marks.count > 1 || last == .space) { return 0 }
            guard marks.count == 1 && last != .space else { throw .notANumber }
            return lastGroup
        }
        // Two kinds: the last mark is the decimal mark, used once; the others group in threes.
        guard kinds.count == 2, last != .space, marks.filter({ $0 == last }).count == 1,
              isGroupedInThrees(groupCount: groupLengths.count - 1) else { throw .notANumber }
        return lastGroup
    }

    /// The exact value when the last `fractionDigits` digits follow the decimal mark.
    func value(fractionDigits: Int) throws(NumberReadingError) -> Decimal {
        try ExactDecimal.make(digits: digits, fractionDigits: fractionDigits, negative: negative)
    }

    /// True when the first `groupCount` groups are thousands groups: 1–3 digits not starting
    /// with 0, then exactly 3 digits each.
    private func isGroupedInThrees(groupCount: Int) -> Bool {
        (1...3).contains(groupLengths[0]) && digits[0] != 0
            && groupLengths[1..<groupCount].allSatisfy { $0 == 3 }
    }

    private mutating func startGroup(after mark: Mark) throws(NumberReadingError) {
        guard groupLengths[groupLengths.count - 1] > 0 else { throw .notANumber }
        marks.append(mark)
        groupLengths.append(0)
    }

    private static func trimSpaces(_ scalars: inout Substring.UnicodeScalarView) {
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{A0}" || $0 == "\u{202F}" }
        while let first = scalars.first, isSpace(first) { scalars.removeFirst() }
        while let last = scalars.last, isSpace(last) { scalars.removeLast() }
    }
}
