/// Named values that keep their order and find a key in constant time: objects of more than 16
/// keys get a hash index, built once; smaller ones are scanned by a number per key (its length
/// and first bytes), which is faster than hashing. Immutable and shared, so pushing one on the
/// context never copies it.
public final class TemplateObject: Sendable {
    /// The keys with their lookup aids; shared by every object made with the same `TemplateKeys`.
    public let shape: TemplateKeys
    /// The values, in the order of `keys`.
    public let values: [TemplateValue]

    /// The keys, in order.
    public var keys: [String] { shape.names }

    /// Creates an object from key–value pairs in order.
    public init(_ pairs: [(String, TemplateValue)]) {
        shape = TemplateKeys(pairs.map(\.0))
        values = pairs.map(\.1)
    }

    /// Creates an object from its keys and the values in the same order (extra of either is dropped).
    public convenience init(keys: [String], values: [TemplateValue]) {
        let count = min(keys.count, values.count)
        // Shared, not copied, when the counts agree (the usual case).
        self.init(keys: TemplateKeys(keys.count == count ? keys : Array(keys.prefix(count))), values: values)
    }

    /// Creates an object from keys made once for many objects (a table's cells) and the values in
    /// the same order (extra values are dropped; missing ones are null).
    public init(keys: TemplateKeys, values: [TemplateValue]) {
        shape = keys
        if values.count == keys.names.count {
            self.values = values
        } else {
            self.values = Array(values.prefix(keys.names.count))
                + Array(repeating: .null, count: max(0, keys.names.count - values.count))
        }
    }

    /// The value under `key`, or nil when the object has no such key.
    public subscript(key: String) -> TemplateValue? {
        shape.position(of: key, fingerprint: TemplateKeys.fingerprint(of: key)).map { values[$0] }
    }
}

/// The keys of an object, in order, with what finds one fast: a number per key for a scan, and a
/// hash index when there are more than 16. Make one once for objects of the same shape (the
/// cells of a table) and share it: `TemplateObject(keys: cellKeys, values: …)`.
public final class TemplateKeys: Sendable {
    /// The keys, in order.
    public let names: [String]
    /// `fingerprint(of:)` of each key.
    private let fingerprints: [UInt64]
    /// Key → position, for more than `scanLimit` keys; the first of duplicate keys wins.
    private let index: [String: Int]?

    /// Up to this many keys are searched by comparing fingerprints, which beats hashing.
    private static let scanLimit = 16

    /// The keys `names`, in order.
    public init(_ names: [String]) {
        self.names = names
        if names.count > Self.scanLimit {
            fingerprints = []
            var index: [String: Int] = [:]
            index.reserveCapacity(names.count)
            for (position, key) in names.enumerated() where index[key] == nil {
                index[key] = position
            }
            self.index = index
        } else {
            fingerprints = names.map(Self.fingerprint)
            index = nil
        }
    }

    /// The position of the first key equal to `key`, whose fingerprint is `fingerprint`.
    func position(of key: String, fingerprint: UInt64) -> Int? {
        position(fingerprint: fingerprint) { key }
    }

    /// The position of the first key equal to part `part` of `name`: what a lookup asks, inlined
    /// into it; the part's text is read only when its fingerprint does not settle the question.
    @inline(__always)
    func position(of name: TemplateName, part: Int) -> Int? {
        position(fingerprint: name.fingerprints[part]) { name.parts[part] }
    }

    /// The position of the first key equal to `key()`, whose fingerprint is `fingerprint`.
    @inline(__always)
    private func position(fingerprint: UInt64, key: () -> String) -> Int? {
        if let index { return index[key()] }
        for position in fingerprints.indices {
            let other = fingerprints[position]
            // Equal fingerprints are a candidate, and the key itself when they hold all of it
            // (up to 7 bytes); 0 (a key that is not plain ASCII) always is a candidate, since
            // text equal as Unicode may differ in bytes.
            if other == fingerprint, fingerprint != 0 {
                if fingerprint >> 56 <= 7 || names[position] == key() { return position }
            } else if other == 0 || fingerprint == 0, names[position] == key() {
                return position
            }
        }
        return nil
    }

    /// A number that differs for ASCII keys that differ in length or in their first 7 bytes
    /// (the length in the top byte, then the bytes); 0 for a key with a byte outside ASCII (or
    /// longer than 255), which must be compared as text. For a key of up to 7 bytes it holds the
    /// whole key: equal fingerprints are then equal keys.
    static func fingerprint(of key: String) -> UInt64 {
        var result: UInt64 = 0
        var count: UInt64 = 0
        for byte in key.utf8 {
            guard byte < 0x80, count < 255 else { return 0 }
            if count < 7 { result |= UInt64(byte) << (8 * count) }
            count += 1
        }
        return count << 56 | result
    }
}
