/// The kinds of administrative unit found in `units.csv`, as the country has them before and
/// after the July 2025 reorganisation.
public enum UnitKind: String, Sendable, CaseIterable, Hashable {
    /// The whole country (Toàn quốc): the root of a plan over the provinces.
    case country
    /// A province (tỉnh).
    case province
    /// A city: centrally-run (thành phố trực thuộc trung ương) or, before July 2025, of a province.
    case city
    /// A district (huyện), before July 2025.
    case district
    /// An urban district (quận), before July 2025.
    case urbanDistrict = "urban_district"
    /// A town (thị xã), before July 2025.
    case town
    /// A commune (xã).
    case commune
    /// A ward (phường).
    case ward
    /// A township (thị trấn), before July 2025.
    case township
    /// A special zone (đặc khu), since July 2025.
    case special
    /// Provincial Social Security collecting directly ("BHXH tỉnh"): participants, but no labour force.
    case agency

    /// The word for the unit as a whole, used to name a total row: "Toàn tỉnh", "Toàn huyện"…
    public var wholeAreaName: String {
        switch self {
        case .country: return "Toàn quốc"
        case .province: return "Toàn tỉnh"
        case .city: return "Toàn thành phố"
        case .district: return "Toàn huyện"
        case .urbanDistrict: return "Toàn quận"
        case .town: return "Toàn thị xã"
        case .commune: return "Toàn xã"
        case .ward: return "Toàn phường"
        case .township: return "Toàn thị trấn"
        case .special: return "Toàn đặc khu"
        case .agency: return "Tổng cộng"
        }
    }

    /// True for units that have a labour force and a population of their own (every kind but agency).
    public var hasPopulation: Bool { self != .agency }
}
