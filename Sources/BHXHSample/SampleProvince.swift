import AdministrativeRegister
import VietnameseFormat

/// One of the 34 provinces and centrally-run cities since July 2025, as the official register
/// has it, with its communes, wards and special zones (3,321 in all).
struct SampleProvince: Sendable {
    /// The official code ("01"); the agency gets "01-BHXH".
    let code: String
    /// The name without its kind ("Hà Nội").
    let name: String
    /// True for the six centrally-run cities (thành phố trực thuộc trung ương).
    let isCity: Bool
    /// Its communes, wards and special zones in the register's order.
    let communes: [RegisterUnit]

    /// "Thành phố Hà Nội", "Tỉnh Lai Châu".
    var fullName: String { (isCity ? "Thành phố " : "Tỉnh ") + name }

    /// "THÀNH PHỐ HÀ NỘI", "TỈNH LAI CHÂU", for the issuing authority.
    var upperName: String { fullName.uppercased() }

    /// The plan and report ids start with it: "ha-noi".
    var slug: String { foldedSlug(name) }

    /// The provinces of `register` in the order of the official list.
    static func all(in register: UnitRegister) -> [SampleProvince] {
        register.roots.map { province in
            SampleProvince(code: province.code, name: NameMatch.printedBareName(province.printedName),
                           isCity: province.kind == "city", communes: register.children(of: province.code))
        }
    }
}

/// "Hồ Chí Minh" → "ho-chi-minh": ASCII letters and digits joined by hyphens.
public func foldedSlug(_ text: String) -> String {
    foldedForMatching(text).split(separator: " ").joined(separator: "-")
}
