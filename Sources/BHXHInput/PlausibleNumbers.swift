import BHXHCore
import Foundation
import LocatedJSON
import VietnameseFormat

/// What a number in a definition may be beyond being a number: a rate that can be meant, a
/// count of people that can exist. Documented in docs/INPUT.md; messages in docs/PROBLEMS.md.
enum PlausibleRange {
    /// A growth rate in percent: above −100 (−100 % would leave nobody).
    case growthRate
    /// A coverage or participation rate in percent: 0 to 100.
    case percentage
    /// A count of people: a whole number from 0 to `maximumPeople`.
    case people

    /// More people than any count in a province's (or the country's) plan can hold: 200.000.000.
    static let maximumPeople = PeopleLimit.maximum

    /// Rates with more decimals than this are warned about (a typo, or a fraction such as 0.35123).
    static let rateDecimals = 4

    /// Why `value` is not in the range, in the officer's terms ("what" names the value); nil when it is.
    func problem(_ value: Decimal, _ what: String) -> String? {
        switch self {
        case .growthRate where value <= -100:
            return "\(what) is \(value)%, a fall of 100% or more, which would leave no one; a growth rate must be above -100"
        case .percentage where value < 0 || value > 100:
            return "\(what) is \(value)%, but a share of people must be from 0 to 100 (percent)"
        case .people where value < 0 || !value.isWholeNumber:
            return "\(what) must be a whole number of people, not \(value)"
        case .people where value > Self.maximumPeople:
            return "\(what) is \(value) people, more than the country has; a count must be at most 200.000.000"
        default:
            return nil
        }
    }

    /// A warning about `value` that is in the range but unlikely to be meant; nil when there is none.
    func doubt(_ value: Decimal, _ what: String) -> String? {
        guard self != .people, !(value * Self.decimalsScale).isWholeNumber else { return nil }
        return "\(what) (\(value)) has more than \(Self.rateDecimals) decimals; rates are percents, "
            + "so check it is not a typo or a fraction (write 35.5 for 35,5%, not 0.355)"
    }

    private static let decimalsScale: Decimal = 10_000
}

extension JSONFieldReader {
    /// Checks a number read at `location` against `range`: an error (and false) when it is
    /// outside, a warning when it is doubtful.
    mutating func check(_ value: Decimal, _ range: PlausibleRange, _ what: String, at location: SourceLocation) -> Bool {
        if let problem = range.problem(value, what) {
            error(problem, at: location)
            return false
        }
        if let doubt = range.doubt(value, what) { warning(doubt, at: location) }
        return true
    }

    /// A growth rate in percent, above −100.
    mutating func growthRate(_ node: JSONNode?, _ what: String) -> Decimal? {
        plausible(node, .growthRate, what)
    }

    /// A coverage or participation rate in percent, 0 to 100.
    mutating func percentage(_ node: JSONNode?, _ what: String) -> Decimal? {
        plausible(node, .percentage, what)
    }

    /// A number that must also be in `range`, with the error at its place.
    mutating func plausible(_ node: JSONNode?, _ range: PlausibleRange, _ what: String) -> Decimal? {
        guard let node, let value = decimal(node, what), check(value, range, what, at: node.location) else { return nil }
        return value
    }
}
