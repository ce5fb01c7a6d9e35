/// Named values that keep their order and find a key in constant time: objects of more than 16
/// keys get a hash index, built once; smaller ones are scanned, which is faster than hashing.
/// Immutable and shared, so pushing one on the context never copies it.
public final class TemplateObject: Sendable {
    /// The key–value pairs, in order: one buffer, so building and freeing an object is cheap.
    private let entries: [(String, TemplateValue)]
    /// Key → position, for objects larger than `scanLimit`; the first of duplicate keys wins.
    private let index: [String: Int]?

    /// Objects up to this many keys are searched by comparing keys, which beats hashing.
    private static let scanLimit = 16

    /// Creates an object from key–value pairs in order.
    public init(_ pairs: [(String, TemplateValue)]) {
        entries = pairs
        index = Self.makeIndex(entries)
    }

    /// Creates an object from its keys and the values in the same order (extra of either is dropped).
    public init(keys: [String], values: [TemplateValue]) {
        entries = Array(zip(keys, values))
        index = Self.makeIndex(entries)
    }

    /// The keys, in order.
    public var keys: [String] { entries.map(\.0) }
    /// The values, in the order of `keys`.
    public var values: [TemplateValue] { entries.map(\.1) }
    /// The key–value pairs, in order.
    public var pairs: [(String, TemplateValue)] { entries }

    /// The value under `key`, or nil when the object has no such key.
    public subscript(key: String) -> TemplateValue? {
        if let index {
            guard let position = index[key] else { return nil }
            return entries[position].1
        }
        for entry in entries where entry.0 == key {
            return entry.1
        }
        return nil
    }

    private static func makeIndex(_ entries: [(String, TemplateValue)]) -> [String: Int]? {
        guard entries.count > scanLimit else { return nil }
        var index: [String: Int] = [:]
        index.reserveCapacity(entries.count)
        for (position, entry) in entries.enumerated() where index[entry.0] == nil {
            index[entry.0] = position
        }
        return index
    }
}
