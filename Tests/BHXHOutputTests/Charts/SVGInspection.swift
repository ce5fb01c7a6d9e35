import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A chart's SVG read back with an XML parser: proves it is well-formed and lets tests look at its
/// elements without matching strings.
final class SVGInspection: NSObject, XMLParserDelegate {
    /// One element: its name, attributes and direct text.
    struct Element {
        let name: String
        let attributes: [String: String]
        var text = ""
        /// Indices (in `elements`) of the enclosing elements, outermost first.
        let ancestors: [Int]
    }

    /// Every element in document order.
    private(set) var elements: [Element] = []
    /// The parser's error, if the markup is not well-formed XML.
    private(set) var error: Error?
    private var open: [Int] = []

    /// Parses `svg`.
    init(_ svg: String) {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        if !parser.parse() { error = parser.parserError ?? CocoaError(.coderReadCorrupt) }
    }

    /// The elements named `name`.
    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    /// For every `<g class="groupClass">`, the elements inside it.
    func groups(_ groupClass: String) -> [[Element]] {
        elements.indices.filter { elements[$0].name == "g" && elements[$0].attributes["class"] == groupClass }.map { group in
            elements.filter { $0.ancestors.contains(group) }
        }
    }

    /// The value of a presentation attribute as it applies to `element`: its own, else that of
    /// the nearest enclosing group that sets it (SVG passes `fill`, `stroke` and the like down).
    func effective(_ attribute: String, _ element: Element) -> String? {
        element.attributes[attribute]
            ?? element.ancestors.reversed().lazy.compactMap { self.elements[$0].attributes[attribute] }.first
    }

    /// The root element.
    var root: Element? { elements.first }

    /// The root's `viewBox` height.
    var height: Decimal? {
        root?.attributes["viewBox"].flatMap { $0.split(separator: " ").last.flatMap { Decimal(string: String($0)) } }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        elements.append(Element(name: elementName, attributes: attributeDict, ancestors: open))
        open.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let current = open.last { elements[current].text += string }
    }

    /// Every number in the markup's attributes has at most one decimal, and none is NaN or infinite.
    var numbersAreTidy: Bool {
        for element in elements {
            for (key, value) in element.attributes where !["id", "class", "aria-label", "style", "fill", "stroke", "role",
                                                             "xmlns", "text-anchor", "stroke-linejoin",
                                                             "stroke-linecap", "patternUnits"].contains(key) {
                let lowered = value.lowercased()
                if lowered.contains("nan") || lowered.contains("inf") { return false }
                for token in value.split(whereSeparator: { " ,()".contains($0) }) {
                    if let dot = token.firstIndex(of: "."), token[token.index(after: dot)...].count > 1 { return false }
                }
            }
        }
        return true
    }
}
