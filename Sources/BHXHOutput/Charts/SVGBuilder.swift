import Foundation
import MarkdownRenderer

/// Writes SVG markup into one buffer, piece by piece, with no intermediate strings: a tag is
/// started (`start`), given its attributes one by one (`attribute`, an optional value that is nil
/// leaving the attribute out) and ended (`endOpen`, `endEmpty`, or `beginContent` … `close`).
/// Names, colours and other text known in the source (`StaticString`) are copied as they are;
/// text from the data is escaped; coordinates are rounded to one decimal so the same chart is
/// always the same bytes.
///
/// ```swift
/// svg.start("line")
/// svg.attribute("x1", 12.25)         // x1="12.3"
/// svg.attribute("stroke", dash == nil ? nil : ChartPalette.dark)
/// svg.endEmpty()                     // />
/// ```
struct SVGBuilder: ~Copyable {
    /// The markup written so far.
    private var bytes = ChartBytes(capacity: 8_192)

    /// The markup written so far, as UTF-8.
    var utf8: [UInt8] { bytes.array }

    /// A coordinate or length as `SVGBuilder.number` writes it.
    static func number(_ value: Double) -> String {
        var svg = SVGBuilder()
        svg.number(value)
        return String(decoding: svg.utf8, as: UTF8.self)
    }

    // MARK: Tags

    /// Writes `<name` (attributes follow).
    mutating func start(_ name: StaticString) {
        bytes.append(UInt8(ascii: "<"))
        literal(name)
    }

    /// Ends a started tag and leaves the element open: `>` and a line break.
    mutating func endOpen() {
        bytes.append(UInt8(ascii: ">"))
        bytes.append(UInt8(ascii: "\n"))
    }

    /// Ends a started tag as an element with no content: `/>` and a line break.
    mutating func endEmpty() {
        bytes.append(UInt8(ascii: "/"))
        endOpen()
    }

    /// Ends a started tag before its text content (`>`, no line break); `close` ends the element.
    mutating func beginContent() {
        bytes.append(UInt8(ascii: ">"))
    }

    /// Writes `<name>` and a line break: an element with no attributes, left open.
    mutating func open(_ name: StaticString) {
        start(name)
        endOpen()
    }

    /// Writes `</name>` and a line break.
    mutating func close(_ name: StaticString) {
        bytes.append(UInt8(ascii: "<"))
        bytes.append(UInt8(ascii: "/"))
        literal(name)
        endOpen()
    }

    /// Writes `<name>` with no line break: an element with no attributes whose content follows,
    /// ended by `close`.
    mutating func openContent(_ name: StaticString) {
        start(name)
        beginContent()
    }

    /// Writes an element with no attributes whose content is `text`, escaped.
    mutating func text(_ name: StaticString, _ text: String) {
        openContent(name)
        escaped(text)
        close(name)
    }

    /// Writes `<line` with its ends (`x1`, `y1`, `x2`, `y2`); its style attributes may follow.
    mutating func startLine(from x1: Double, _ y1: Double, to x2: Double, _ y2: Double) {
        start("line")
        attribute("x1", x1)
        attribute("y1", y1)
        attribute("x2", x2)
        attribute("y2", y2)
    }

    // MARK: Attributes

    /// Writes ` key="value"` with `value` as it is: text of the source, with nothing to escape.
    mutating func attribute(_ key: StaticString, _ value: StaticString) {
        beginAttribute(key)
        literal(value)
        endAttribute()
    }

    /// Writes ` key="value"`, or nothing when `value` is nil.
    mutating func attribute(_ key: StaticString, _ value: StaticString?) {
        if let value { attribute(key, value) }
    }

    /// Writes ` key="value"` with the coordinate or length `value`, as `number` writes it.
    mutating func attribute(_ key: StaticString, _ value: Double) {
        beginAttribute(key)
        number(value)
        endAttribute()
    }

    /// Writes ` key="text"` with `text` escaped.
    mutating func attribute(_ key: StaticString, text: String) {
        beginAttribute(key)
        escaped(text)
        endAttribute()
    }

    /// Writes ` key="`: the value follows in pieces (`literal`, `escaped`, `number`), then `endAttribute`.
    mutating func beginAttribute(_ key: StaticString) {
        bytes.append(UInt8(ascii: " "))
        literal(key)
        bytes.append(UInt8(ascii: "="))
        bytes.append(UInt8(ascii: "\""))
    }

    /// Ends an attribute begun with `beginAttribute`.
    mutating func endAttribute() {
        bytes.append(UInt8(ascii: "\""))
    }

    // MARK: Pieces

    /// Appends text of the source as it is (it has nothing to escape).
    mutating func literal(_ text: StaticString) {
        guard text.hasPointerRepresentation else {
            text.withUTF8Buffer { bytes.append($0) }
            return
        }
        bytes.append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends `text` escaped as `MarkupEscaping` does: text of plain bytes (numbers, colours, ids,
    /// Vietnamese names; `MarkupEscaping.isPlainUTF8`) is copied as it is; anything else goes
    /// through `MarkupEscaping`.
    mutating func escaped(_ text: String) {
        var text = text
        let plain = text.withUTF8 { source -> Bool in
            guard source.allSatisfy(MarkupEscaping.isPlainUTF8) else { return false }
            bytes.append(source)
            return true
        }
        if !plain {
            var escaped = MarkupEscaping.escaped(text)
            escaped.withUTF8 { bytes.append($0) }
        }
    }

    /// Appends a whole number in decimal digits, "-" first when it is negative.
    mutating func integer(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        bytes.appendDigits(value.magnitude)
    }

    /// Appends a coordinate or length: rounded to one decimal (halves away from zero), written
    /// without trailing zeros ("12", "12.5", "-3.2"), never "-0". Geometry is `Double` (the figures
    /// shown stay `Decimal`); IEEE arithmetic and this rounding give the same text on every machine.
    mutating func number(_ value: Double) {
        let tenths = (value * 10).rounded()
        guard tenths.isFinite, abs(tenths) < 1e15 else {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        let whole = Int(tenths)
        if whole < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = whole.magnitude
        bytes.appendDigits(magnitude / 10)
        let fraction = UInt8(magnitude % 10)
        if fraction != 0 {
            bytes.append(UInt8(ascii: "."))
            bytes.append(UInt8(ascii: "0") + fraction)
        }
    }
}
