/// A calendar date as official documents write it.
public struct OfficialDate: Sendable, Hashable, Comparable {
    /// The year, e.g. 2018.
    public var year: Int
    /// The month, 1–12.
    public var month: Int
    /// The day of the month, 1–31.
    public var day: Int

    /// Creates a date; nil when the day does not exist in that month.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...OfficialDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads an ISO date "YYYY-MM-DD"; nil when it is not one or the day does not exist.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The ISO form "2018-09-26".
    public var iso: String {
        "\(year)-\(Self.twoDigits(month))-\(Self.twoDigits(day))"
    }

    /// The official long form "ngày 26 tháng 9 năm 2018": days below 10 and the months
    /// 1 and 2 take a leading zero ("ngày 05 tháng 01 năm 2020").
    public var vietnameseLong: String {
        "ngày \(Self.twoDigits(day)) tháng \(Self.monthText(month)) năm \(year)"
    }

    /// The short form "26/9/2018" used inside sentences ("Nghị quyết số 102/NQ-CP ngày 03/8/2018").
    public var vietnameseShort: String {
        "\(Self.twoDigits(day))/\(Self.monthText(month))/\(year)"
    }

    public static func < (lhs: OfficialDate, rhs: OfficialDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// "05" for 5, "26" for 26.
    static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }

    /// A month as dates write it: "01", "02", then "3" … "12".
    static func monthText(_ month: Int) -> String {
        month <= 2 ? twoDigits(month) : String(month)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension Character {
    /// True for the ASCII digits 0–9 only (not other scripts' digits).
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
