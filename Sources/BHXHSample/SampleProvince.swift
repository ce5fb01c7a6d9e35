import VietnameseFormat

/// One of the 34 provinces and centrally-run cities since July 2025, with the number of communes,
/// wards and special zones it has (3,321 in all), as the national sample lays them out.
struct SampleProvince: Sendable {
    /// The unit code ("HNI"); communes get "HNI-001", the agency "HNI-BHXH".
    let code: String
    /// The name without its kind ("Hà Nội").
    let name: String
    /// True for the six centrally-run cities (thành phố trực thuộc trung ương).
    let isCity: Bool
    /// Communes, wards and special zones at scale 1.
    let communes: Int

    /// "Thành phố Hà Nội", "Tỉnh Lai Châu".
    var fullName: String { (isCity ? "Thành phố " : "Tỉnh ") + name }

    /// "THÀNH PHỐ HÀ NỘI", "TỈNH LAI CHÂU", for the issuing authority.
    var upperName: String { fullName.uppercased() }

    /// The plan and report ids start with it: "ha-noi".
    var slug: String { foldedSlug(name) }

    /// The 34 provinces in the order of the national list; communes add up to 3,321.
    static let all: [SampleProvince] = [
        .init(code: "HNI", name: "Hà Nội", isCity: true, communes: 126),
        .init(code: "HUE", name: "Huế", isCity: true, communes: 40),
        .init(code: "LCU", name: "Lai Châu", isCity: false, communes: 38),
        .init(code: "DBN", name: "Điện Biên", isCity: false, communes: 45),
        .init(code: "SLA", name: "Sơn La", isCity: false, communes: 75),
        .init(code: "LSN", name: "Lạng Sơn", isCity: false, communes: 65),
        .init(code: "QNH", name: "Quảng Ninh", isCity: false, communes: 54),
        .init(code: "THA", name: "Thanh Hóa", isCity: false, communes: 166),
        .init(code: "NAN", name: "Nghệ An", isCity: false, communes: 130),
        .init(code: "HTH", name: "Hà Tĩnh", isCity: false, communes: 69),
        .init(code: "CBG", name: "Cao Bằng", isCity: false, communes: 56),
        .init(code: "TQG", name: "Tuyên Quang", isCity: false, communes: 124),
        .init(code: "LCI", name: "Lào Cai", isCity: false, communes: 99),
        .init(code: "TNN", name: "Thái Nguyên", isCity: false, communes: 92),
        .init(code: "PTO", name: "Phú Thọ", isCity: false, communes: 148),
        .init(code: "BNH", name: "Bắc Ninh", isCity: false, communes: 99),
        .init(code: "HYN", name: "Hưng Yên", isCity: false, communes: 104),
        .init(code: "HPG", name: "Hải Phòng", isCity: true, communes: 114),
        .init(code: "NBH", name: "Ninh Bình", isCity: false, communes: 129),
        .init(code: "QTI", name: "Quảng Trị", isCity: false, communes: 78),
        .init(code: "DNG", name: "Đà Nẵng", isCity: true, communes: 94),
        .init(code: "QNI", name: "Quảng Ngãi", isCity: false, communes: 96),
        .init(code: "GLI", name: "Gia Lai", isCity: false, communes: 135),
        .init(code: "KHA", name: "Khánh Hòa", isCity: false, communes: 65),
        .init(code: "LDG", name: "Lâm Đồng", isCity: false, communes: 124),
        .init(code: "DLK", name: "Đắk Lắk", isCity: false, communes: 102),
        .init(code: "HCM", name: "Hồ Chí Minh", isCity: true, communes: 168),
        .init(code: "DNI", name: "Đồng Nai", isCity: false, communes: 95),
        .init(code: "TNH", name: "Tây Ninh", isCity: false, communes: 96),
        .init(code: "CTO", name: "Cần Thơ", isCity: true, communes: 103),
        .init(code: "VLG", name: "Vĩnh Long", isCity: false, communes: 124),
        .init(code: "DTP", name: "Đồng Tháp", isCity: false, communes: 102),
        .init(code: "CMU", name: "Cà Mau", isCity: false, communes: 64),
        .init(code: "AGG", name: "An Giang", isCity: false, communes: 102),
    ]
}

/// "Hồ Chí Minh" → "ho-chi-minh": ASCII letters and digits joined by hyphens.
public func foldedSlug(_ text: String) -> String {
    foldedForMatching(text).split(separator: " ").joined(separator: "-")
}
