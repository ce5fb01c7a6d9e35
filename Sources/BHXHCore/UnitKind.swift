/// The kinds of administrative unit found in `units.csv`.
public enum UnitKind: String, Sendable, CaseIterable, Hashable {
    case province, city, town, district, ward, commune, special
    /// Provincial Social Security collecting directly ("BHXH tỉnh"): participants, but no labour force.
    case agency

    /// The word for the unit as a whole, used to name a total row: "Toàn tỉnh", "Toàn huyện"…
    public var wholeAreaName: String {
        switch self {
        case .province: return "Toàn tỉnh"
        case .city: return "Toàn thành phố"
        case .town: return "Toàn thị xã"
        case .district: return "Toàn huyện"
        case .ward: return "Toàn phường"
        case .commune: return "Toàn xã"
        case .special: return "Toàn đặc khu"
        case .agency: return "Tổng cộng"
        }
    }

    /// True for units that have a labour force and a population of their own (every kind but agency).
    public var hasPopulation: Bool { self != .agency }
}
