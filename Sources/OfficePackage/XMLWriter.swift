/// Builds an XML document as UTF-8 bytes, element by element, escaping every text and attribute
/// value. Elements are closed by name in the order they were opened; the writer does not indent,
/// so text keeps exactly the spaces it was given.
///
/// ```swift
/// var xml = XMLWriter()
/// xml.open("row", ["r": "1"])
/// xml.element("v", text: "42")
/// xml.close("row")
/// ```
public struct XMLWriter: Sendable {
    /// The document so far.
    public private(set) var bytes: [UInt8] = []

    /// A document starting with the standard declaration (`standalone="yes"`, as Office writes it).
    public init() {
        bytes.reserveCapacity(4096)
        raw(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#)
        raw("\r\n")
    }

    /// Appends markup as it is: for fixed, known-good fragments only.
    public mutating func raw(_ markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// Lets `body` append markup straight to the document's bytes, with room reserved for
    /// `expected` more: for large parts built byte by byte, of known-good markup only.
    public mutating func appendingBytes(expected: Int, _ body: (inout [UInt8]) -> Void) {
        bytes.reserveCapacity(bytes.count + expected)
        body(&bytes)
    }

    /// Opens `<name a="v" …>`; attributes are written in the order given.
    public mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        start(name, attributes)
        bytes.append(UInt8(ascii: ">"))
    }

    /// Closes `</name>`.
    public mutating func close(_ name: String) {
        raw("</")
        raw(name)
        bytes.append(UInt8(ascii: ">"))
    }

    /// Writes `<name a="v" …/>`.
    public mutating func empty(_ name: String, _ attributes: [(String, String)] = []) {
        start(name, attributes)
        raw("/>")
    }

    /// Writes `<name …>text</name>`.
    public mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        open(name, attributes)
        self.text(text)
        close(name)
    }

    /// Appends character data, escaped.
    public mutating func text(_ value: String) {
        XMLEscaping.append(value, to: &bytes, quotes: false)
    }

    private mutating func start(_ name: String, _ attributes: [(String, String)]) {
        bytes.append(UInt8(ascii: "<"))
        raw(name)
        for (key, value) in attributes {
            bytes.append(UInt8(ascii: " "))
            raw(key)
            raw("=\"")
            XMLEscaping.append(value, to: &bytes, quotes: true)
            bytes.append(UInt8(ascii: "\""))
        }
    }
}
