import Foundation
import MarkdownRenderer

/// Writes SVG markup into one buffer: elements with escaped attributes (an attribute whose value is
/// nil is left out) and text, and coordinates rounded to one decimal so the same chart is always the
/// same bytes.
struct SVGBuilder {
    /// The markup written so far, as UTF-8.
    private var bytes: [UInt8] = {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(8_192)
        return bytes
    }()

    /// The markup written so far.
    var markup: String { String(decoding: bytes, as: UTF8.self) }

    /// A coordinate or length: rounded to one decimal (halves away from zero), written without
    /// trailing zeros ("12", "12.5", "-3.2"), never "-0". Geometry is `Double` (the figures shown
    /// stay `Decimal`); IEEE arithmetic and this rounding give the same text on every machine.
    static func number(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        guard tenths.isFinite, abs(tenths) < 1e15 else { return "0" }
        let whole = Int(tenths)
        let magnitude = whole.magnitude
        let fraction = UInt8(magnitude % 10)
        var digits = 1
        var power: UInt = 10
        while power <= magnitude / 10 { digits += 1; power *= 10 }
        let count = (whole < 0 ? 1 : 0) + digits + (fraction == 0 ? 0 : 2)
        // The digits written straight into the (small, inline) string: no intermediate strings.
        return String(unsafeUninitializedCapacity: count) { text in
            var end = count
            if fraction != 0 {
                text[end - 1] = UInt8(ascii: "0") + fraction
                text[end - 2] = UInt8(ascii: ".")
                end -= 2
            }
            var rest = magnitude / 10
            for index in stride(from: end - 1, through: end - digits, by: -1) {
                text[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            if whole < 0 { text[0] = UInt8(ascii: "-") }
            return count
        }
    }

    /// Writes `<name attributes>` and leaves it open.
    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        startTag(name, attributes)
        append(">\n")
    }

    /// Writes `</name>`.
    mutating func close(_ name: String) {
        append("</")
        append(name)
        append(">\n")
    }

    /// Writes an element with no content, `<name attributes/>`.
    mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String?>) {
        startTag(name, attributes)
        append("/>\n")
    }

    /// Writes an element whose content is `text`, escaped.
    mutating func text(_ name: String, _ attributes: KeyValuePairs<String, String?>, _ text: String) {
        startTag(name, attributes)
        append(">")
        appendEscaped(text)
        close(name)
    }

    private mutating func startTag(_ name: String, _ attributes: KeyValuePairs<String, String?>) {
        bytes.append(UInt8(ascii: "<"))
        append(name)
        for case let (key, value?) in attributes {
            bytes.append(UInt8(ascii: " "))
            append(key)
            bytes.append(UInt8(ascii: "="))
            bytes.append(UInt8(ascii: "\""))
            appendEscaped(value)
            bytes.append(UInt8(ascii: "\""))
        }
    }

    private mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { appendBytes($0) }
    }

    /// Appends the bytes one by one: the pieces of a chart are a few bytes long, for which this
    /// is cheaper than a bulk copy.
    private mutating func appendBytes(_ source: UnsafeBufferPointer<UInt8>) {
        for byte in source { bytes.append(byte) }
    }

    /// Appends `text` escaped as `MarkupEscaping` does: plain ASCII (numbers, colours, ids) is copied
    /// byte by byte as it is checked; anything else goes through `MarkupEscaping`.
    private mutating func appendEscaped(_ text: String) {
        var text = text
        let plain = text.withUTF8 { source -> Bool in
            guard source.allSatisfy(MarkupEscaping.isPlainASCII) else { return false }
            appendBytes(source)
            return true
        }
        if !plain { append(MarkupEscaping.escaped(text)) }
    }
}
