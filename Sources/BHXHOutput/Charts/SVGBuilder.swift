import Foundation
import MarkdownRenderer
import VietnameseFormat

/// Writes SVG markup into one buffer: elements with escaped attributes (an attribute whose value is
/// nil is left out) and text, and coordinates rounded to one decimal so the same chart is always the
/// same bytes.
struct SVGBuilder {
    /// The markup written so far.
    private(set) var markup = ""

    /// A coordinate or length: rounded half up to one decimal, written without trailing zeros
    /// ("12", "12.5", "-3.2"), never "-0".
    static func number(_ value: Decimal) -> String {
        let text = NumberStyle.plain.format(value, decimals: 1)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// Writes `<name attributes>` and leaves it open.
    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        startTag(name, attributes)
        markup += ">\n"
    }

    /// Writes `</name>`.
    mutating func close(_ name: String) {
        markup += "</\(name)>\n"
    }

    /// Writes an element with no content, `<name attributes/>`.
    mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String?>) {
        startTag(name, attributes)
        markup += "/>\n"
    }

    /// Writes an element whose content is `text`, escaped.
    mutating func text(_ name: String, _ attributes: KeyValuePairs<String, String?>, _ text: String) {
        startTag(name, attributes)
        markup += ">"
        MarkupEscaping.append(text, to: &markup)
        markup += "</\(name)>\n"
    }

    private mutating func startTag(_ name: String, _ attributes: KeyValuePairs<String, String?>) {
        markup += "<" + name
        for case let (key, value?) in attributes {
            markup += " " + key + "=\""
            MarkupEscaping.append(value, to: &markup)
            markup += "\""
        }
    }
}
