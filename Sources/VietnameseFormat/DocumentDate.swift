/// The date printed on a document: a whole date once it is issued, or for a draft only the year,
/// or the year and month, with blanks left for the rest ("ngày     tháng     năm 2022").
public enum DocumentDate: Sendable, Hashable {
    /// An issued document's date.
    case day(OfficialDate)
    /// A draft's year and month (1–12).
    case month(year: Int, month: Int)
    /// A draft's year.
    case year(Int)

    /// The blank (five no-break spaces) left where a draft's day, month or number will be
    /// written by hand.
    public static let blank = String(repeating: "\u{00A0}", count: 5)

    /// Reads "YYYY-MM-DD", "YYYY-MM" or "YYYY"; nil when it is none of these or names no real date.
    public init?(iso text: String) {
        if let date = OfficialDate(iso: text) {
            self = .day(date)
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              let year = Int(parts[0]), (1...9999).contains(year) else { return nil }
        guard parts.count == 2 else {
            self = .year(year)
            return
        }
        guard let month = Int(parts[1]), (1...12).contains(month) else { return nil }
        self = .month(year: year, month: month)
    }

    /// The whole date, when the day is known.
    public var officialDate: OfficialDate? {
        if case .day(let date) = self { return date }
        return nil
    }

    /// The year.
    public var year: Int {
        switch self {
        case .day(let date): return date.year
        case .month(let year, _), .year(let year): return year
        }
    }

    /// "2018-09-26", "2022-05" or "2022".
    public var iso: String {
        switch self {
        case .day(let date): return date.iso
        case .month(let year, let month): return "\(year)-\(OfficialDate.twoDigits(month))"
        case .year(let year): return String(year)
        }
    }

    /// "ngày 26 tháng 9 năm 2018"; for a draft "ngày     tháng 5 năm 2022" or
    /// "ngày     tháng     năm 2022".
    public var vietnameseLong: String {
        switch self {
        case .day(let date): return date.vietnameseLong
        case .month(let year, let month): return "ngày\(Self.blank)tháng \(OfficialDate.monthText(month)) năm \(year)"
        case .year(let year): return "ngày\(Self.blank)tháng\(Self.blank)năm \(year)"
        }
    }

    /// "26/9/2018"; for a draft "5/2022" or "2022".
    public var vietnameseShort: String {
        switch self {
        case .day(let date): return date.vietnameseShort
        case .month(let year, let month): return "\(OfficialDate.monthText(month))/\(year)"
        case .year(let year): return String(year)
        }
    }
}
