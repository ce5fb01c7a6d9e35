import Foundation

/// The most people any figure of a plan can count: more than the whole country (about
/// 100 million people) with room to spare, so a larger figure is always a mistake.
public enum PeopleLimit {
    /// 200.000.000 people.
    public static let maximum: Decimal = 200_000_000
}
