/// An insurance scheme whose participants are counted.
public enum Scheme: String, Sendable, CaseIterable, Hashable, Comparable {
    /// Compulsory social insurance (BHXH bắt buộc).
    case bhxhBB = "bhxh_bb"
    /// Voluntary social insurance (BHXH tự nguyện).
    case bhxhTN = "bhxh_tn"
    /// All social insurance: compulsory + voluntary (derived, never read from data).
    case bhxh
    /// Unemployment insurance (bảo hiểm thất nghiệp).
    case bhtn
    /// Health insurance (bảo hiểm y tế).
    case bhyt

    /// The schemes that data files carry; `bhxh` is derived from two of them.
    public static let recorded: [Scheme] = [.bhxhBB, .bhxhTN, .bhtn, .bhyt]

    /// The schemes a derived scheme adds up; empty for a recorded scheme.
    public var components: [Scheme] { self == .bhxh ? [.bhxhBB, .bhxhTN] : [] }

    /// What coverage divides by: the population for health insurance, the labour force otherwise.
    public var denominator: DataField { self == .bhyt ? .population : .labourForce }

    /// Short name as documents abbreviate it: "BHXH bắt buộc".
    public var shortName: String {
        switch self {
        case .bhxhBB: return "BHXH bắt buộc"
        case .bhxhTN: return "BHXH tự nguyện"
        case .bhxh: return "BHXH"
        case .bhtn: return "BHTN"
        case .bhyt: return "BHYT"
        }
    }

    /// Full name in running text: "bảo hiểm xã hội bắt buộc".
    public var fullName: String {
        switch self {
        case .bhxhBB: return "bảo hiểm xã hội bắt buộc"
        case .bhxhTN: return "bảo hiểm xã hội tự nguyện"
        case .bhxh: return "bảo hiểm xã hội"
        case .bhtn: return "bảo hiểm thất nghiệp"
        case .bhyt: return "bảo hiểm y tế"
        }
    }

    public static func < (lhs: Scheme, rhs: Scheme) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
