import ZipArchive

/// Builds an XML document as UTF-8 bytes, element by element, escaping every text and attribute
/// value. Elements are closed by name in the order they were opened; the writer does not indent,
/// so text keeps exactly the spaces it was given.
///
/// The bytes grow in storage of the writer's own, so that the many small pieces of a large part
/// (a sheet of half a million rows, a document of thousands of table cells) cost a copy each and
/// no more; the writer cannot be copied, only passed on (`inout`) or read (`bytes`).
///
/// ```swift
/// var xml = XMLWriter()
/// xml.open("row", [("r", "1")])
/// xml.element("v", text: "42")
/// xml.close("row")
/// ```
public struct XMLWriter: ~Copyable {
    @usableFromInline var base: UnsafeMutablePointer<UInt8>
    @usableFromInline var count = 0
    @usableFromInline var capacity: Int

    /// A document starting with the standard declaration (`standalone="yes"`, as Office writes it).
    public init() {
        capacity = 4096
        base = .allocate(capacity: capacity)
        raw(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# as StaticString)
        raw("\r\n" as StaticString)
    }

    deinit {
        base.deallocate()
    }

    /// The document so far.
    public var bytes: [UInt8] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }

    /// Makes room for `bytes` in all, so that a part whose size is known roughly is not copied
    /// again and again as it grows.
    public mutating func reserveCapacity(_ bytes: Int) {
        if bytes > capacity { grow(bytes - count) }
    }

    /// Makes room for `more` bytes.
    @inlinable @inline(__always)
    mutating func reserve(_ more: Int) {
        if capacity - count < more { grow(more) }
    }

    @usableFromInline
    mutating func grow(_ more: Int) {
        (base, capacity) = ByteStorage.grow(base, count: count, capacity: capacity, more: more)
    }

    /// Appends markup as it is: for fixed, known-good fragments only.
    @inlinable @inline(__always)
    public mutating func raw(_ markup: StaticString) {
        raw(UnsafeBufferPointer(start: markup.utf8Start, count: markup.utf8CodeUnitCount))
    }

    /// Appends markup as it is: for known-good fragments only.
    @inlinable @inline(__always)
    public mutating func raw(_ markup: String) {
        var markup = markup
        markup.withUTF8 { raw($0) }
    }

    /// Appends known-good bytes as they are.
    @inlinable @inline(__always)
    public mutating func raw(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        reserve(bytes.count)
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Appends known-good bytes as they are.
    @inlinable @inline(__always)
    public mutating func raw(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { raw($0) }
    }

    /// Appends one byte of markup.
    @inlinable @inline(__always)
    public mutating func raw(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    /// Appends the decimal digits of `value`, with "-" before them when it is negative.
    @inlinable @inline(__always)
    public mutating func digits(_ value: Int) {
        reserve(20)
        if value < 0 {
            base[count] = UInt8(ascii: "-")
            count += 1
        }
        count += ByteStorage.writeDigits(value.magnitude, at: base + count)
    }

    /// Opens `<name a="v" …>`; attributes are written in the order given.
    public mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        start(name, attributes)
        raw(UInt8(ascii: ">"))
    }

    /// Closes `</name>`.
    public mutating func close(_ name: String) {
        raw("</" as StaticString)
        raw(name)
        raw(UInt8(ascii: ">"))
    }

    /// Writes `<name a="v" …/>`.
    public mutating func empty(_ name: String, _ attributes: [(String, String)] = []) {
        start(name, attributes)
        raw("/>" as StaticString)
    }

    /// Writes `<name …>text</name>`.
    public mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        open(name, attributes)
        self.text(text)
        close(name)
    }

    /// Appends character data, escaped.
    public mutating func text(_ value: String) {
        escaped(value, quotes: false)
    }

    /// Appends `value` escaped (`XMLEscaping.append`); a value with nothing to escape is copied at once.
    private mutating func escaped(_ value: String, quotes: Bool) {
        var value = value
        let plain = value.withUTF8 { utf8 in
            guard XMLEscaping.isPlain(utf8, quotes: quotes) else { return false }
            raw(utf8)
            return true
        }
        guard !plain else { return }
        var escaped: [UInt8] = []
        XMLEscaping.append(value, to: &escaped, quotes: quotes)
        raw(escaped)
    }

    private mutating func start(_ name: String, _ attributes: [(String, String)]) {
        raw(UInt8(ascii: "<"))
        raw(name)
        for (key, value) in attributes {
            raw(UInt8(ascii: " "))
            raw(key)
            raw("=\"" as StaticString)
            escaped(value, quotes: true)
            raw(UInt8(ascii: "\""))
        }
    }
}
