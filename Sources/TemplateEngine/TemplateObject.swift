/// Named values that keep their order and find a key in constant time: objects of more than 16
/// keys get a hash index, built once; smaller ones are scanned, which is faster than hashing.
/// Immutable and shared, so pushing one on the context never copies it.
public final class TemplateObject: Sendable {
    /// The keys, in order.
    public let keys: [String]
    /// The values, in the order of `keys`.
    public let values: [TemplateValue]
    /// Key → position, for objects larger than `scanLimit`; the first of duplicate keys wins.
    private let index: [String: Int]?

    /// Objects up to this many keys are searched by comparing keys, which beats hashing.
    private static let scanLimit = 16

    /// Creates an object from key–value pairs in order.
    public init(_ pairs: [(String, TemplateValue)]) {
        keys = pairs.map(\.0)
        values = pairs.map(\.1)
        index = Self.makeIndex(keys)
    }

    /// Creates an object from its keys and the values in the same order (extra of either is dropped).
    public init(keys: [String], values: [TemplateValue]) {
        let count = min(keys.count, values.count)
        // Shared, not copied, when the counts agree (the usual case).
        self.keys = keys.count == count ? keys : Array(keys.prefix(count))
        self.values = values.count == count ? values : Array(values.prefix(count))
        index = Self.makeIndex(self.keys)
    }

    /// The value under `key`, or nil when the object has no such key.
    public subscript(key: String) -> TemplateValue? {
        if let index {
            guard let position = index[key] else { return nil }
            return values[position]
        }
        for position in keys.indices where keys[position] == key {
            return values[position]
        }
        return nil
    }

    private static func makeIndex(_ keys: [String]) -> [String: Int]? {
        guard keys.count > scanLimit else { return nil }
        var index: [String: Int] = [:]
        index.reserveCapacity(keys.count)
        for (position, key) in keys.enumerated() where index[key] == nil {
            index[key] = position
        }
        return index
    }
}
