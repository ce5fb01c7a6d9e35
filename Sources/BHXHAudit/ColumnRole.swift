import BHXHCore
import VietnameseFormat

/// What a column of an appendix table holds, recognised from the words of its heading, in any
/// case and with or without accents.
public enum ColumnRole: Sendable, Hashable {
    /// The row number ("TT", "STT").
    case rowNumber
    /// The unit's name ("Tên đơn vị", "Đơn vị").
    case unitName
    /// Participants, with what they are when the heading says it: to-month actual ("Số đã thực
    /// hiện đến tháng 8/2018"), estimate ("Ước thực hiện"), actual ("Thực hiện"), target ("Kế hoạch").
    case participants(DataStatus?)
    /// The denominator of coverage: `.labourForce` ("Lực lượng lao động") or `.population` ("Dân số").
    case denominator(DataField)
    /// Coverage in percent ("% so với lực lượng lao động", "Tỷ lệ bao phủ").
    case coverage
    /// Growth in percent ("Tốc độ phát triển …", "Tốc độ tăng …"), increase or index form.
    case growth
    /// Anything else (notes, completion rates, eligible counts): not checked.
    case other

    /// The role a heading names; `.other` when its words are none of the known ones.
    init(heading: String) {
        let words = foldedForMatching(heading)
        let has = { (phrase: String) in Self.contains(words, phrase) }
        if Self.rowNumberHeadings.contains(words) {
            self = .rowNumber
        } else if Self.nameHeadings.contains(words) || words.hasPrefix("ten ") {
            self = .unitName
        } else if ["toc do", "tang truong", "muc tang", "ty le tang", "ti le tang"].contains(where: has) || words.hasPrefix("tang ") {
            self = .growth
        } else if heading.contains("%") || has("ty le") || has("ti le") || has("bao phu") {
            // A percentage of the labour force or population, or a bare "%" / "Tỷ lệ (%)"; not a
            // completion rate ("Tỷ lệ hoàn thành") or a share of the eligible ("Tỷ lệ tham gia").
            let ofDenominator = ["luc luong", "llld", "lao dong trong do tuoi", "dan so", "bao phu"].contains(where: has)
            self = ofDenominator || ["", "ty le", "ti le"].contains(words) ? .coverage : .other
        } else if ["luc luong lao dong", "luc luong", "llld", "lao dong trong do tuoi"].contains(where: has) {
            self = .denominator(.labourForce)
        } else if has("dan so") {
            self = .denominator(.population)
        } else if has("thuoc dien") {
            self = .other
        } else if let status = Self.status(words: words, heading: heading) {
            self = .participants(status)
        } else if Self.participantWords.contains(where: has) || Self.isYearOnly(words) {
            self = .participants(nil)
        } else {
            self = .other
        }
    }

    /// The status a heading's words give participants: to-month, estimate, actual or target;
    /// nil when they say none.
    static func status(words: String, heading: String) -> DataStatus? {
        let has = { (phrase: String) in contains(words, phrase) }
        if let month = HeadingYears(heading).month, !has("uoc") { return .actualThrough(month: month) }
        if has("uoc") { return .estimate }
        if has("ke hoach") || has("chi tieu") || has("kh") { return .target }
        if has("thuc hien") || has("th") { return .actual }
        return nil
    }

    /// True for a heading that is only a year ("2019", "Năm 2019"), which takes its role from the
    /// group above it ("Lực lượng lao động" over "2018", "2019").
    static func isYearOnly(_ words: String) -> Bool {
        let parts = words.split(separator: " ")
        let year = parts.last.flatMap { Int($0) }
        return year.map { (1900...2199).contains($0) } == true && (parts.count == 1 || (parts.count == 2 && parts[0] == "nam"))
    }

    /// True when `phrase` occurs in `words` as whole words.
    static func contains(_ words: String, _ phrase: String) -> Bool {
        " \(words) ".contains(" \(phrase) ")
    }

    private static let rowNumberHeadings: Set<String> = ["tt", "stt", "so tt", "so thu tu", "thu tu", "no"]
    private static let nameHeadings: Set<String> = [
        "don vi", "ten", "dia phuong", "dia ban", "don vi hanh chinh", "huyen thanh pho", "huyen thi xa thanh pho",
        "cac huyen thanh pho", "xa phuong thi tran", "unit", "name",
    ]
    private static let participantWords = [
        "so nguoi", "tham gia", "thuc hien", "uoc", "ke hoach", "chi tieu", "doi tuong", "so lao dong", "so da",
        "bhxh", "bhtn", "bhyt", "bao hiem", "participants",
    ]
}
