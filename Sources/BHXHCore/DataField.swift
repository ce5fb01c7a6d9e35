/// One column a data file may carry.
public enum DataField: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Labour force of working age (lực lượng lao động).
    case labourForce
    /// Population, the denominator of health insurance (dân số).
    case population
    /// Number of participants in a scheme (số người tham gia).
    case participants(Scheme)
    /// Number of people required or eligible to join a scheme (số người thuộc diện tham gia).
    case eligible(Scheme)

    /// Every field a data file can hold, in the order files and tables list them.
    public static let recorded: [DataField] =
        [.labourForce, .population] + Scheme.recorded.map { .participants($0) } + Scheme.recorded.map { .eligible($0) }

    /// The column key in English: "labour_force", "bhxh_bb", "bhxh_bb_eligible".
    public var key: String {
        switch self {
        case .labourForce: return "labour_force"
        case .population: return "population"
        case .participants(let scheme): return scheme.rawValue
        case .eligible(let scheme): return "\(scheme.rawValue)_eligible"
        }
    }

    /// The field with this English column key.
    public init?(key: String) {
        guard let field = DataField.recorded.first(where: { $0.key == key }) else { return nil }
        self = field
    }

    /// A denominator-like field (labour force, population) that agency units never have.
    public var isPopulationFigure: Bool { self == .labourForce || self == .population }

    /// The Vietnamese name: "Lực lượng lao động", "BHXH bắt buộc", "Số người thuộc diện tham gia BHTN".
    public var vietnameseName: String {
        switch self {
        case .labourForce: return "Lực lượng lao động"
        case .population: return "Dân số"
        case .participants(let scheme): return scheme.shortName
        case .eligible(let scheme): return "Số người thuộc diện tham gia \(scheme.shortName)"
        }
    }

    public var description: String { key }

    public static func < (lhs: DataField, rhs: DataField) -> Bool {
        (recorded.firstIndex(of: lhs) ?? .max, lhs.key) < (recorded.firstIndex(of: rhs) ?? .max, rhs.key)
    }
}
