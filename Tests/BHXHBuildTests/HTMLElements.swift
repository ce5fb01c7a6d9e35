import Foundation

/// The elements of a page as a browser would see them, in document order, with their classes,
/// attributes and text (tags removed, entities as written): enough for tests to find what they check
/// by element rather than by searching the markup.
struct HTMLElements {
    /// One element.
    struct Element {
        /// The tag name ("p").
        var name: String
        /// The attributes, as written.
        var attributes: [String: String]
        /// Its text, tags removed.
        var text: String
        /// Where its start tag is in the page (document order).
        var position: Int
        /// Where its end tag is (its start for an element without one).
        var end: Int
        /// The names of the elements around it, outermost first, each with its classes ("section.decision").
        var ancestors: [String]

        /// The values of its class attribute.
        var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }
    }

    /// Every element, in document order.
    private(set) var all: [Element] = []

    private static let void: Set<String> = ["meta", "link", "br", "img", "hr", "input", "col", "wbr"]

    /// Reads `html`.
    init(_ html: String) {
        let scalars = Array(html.unicodeScalars)
        var open: [(element: Element, textStart: Int)] = []
        var text = ""
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "<", let close = scalars[index...].firstIndex(of: ">") else {
                text.unicodeScalars.append(scalars[index])
                index += 1
                continue
            }
            var tag = ""
            tag.unicodeScalars.append(contentsOf: scalars[(index + 1)..<close])
            defer { index = close + 1 }
            if tag.hasPrefix("!") { continue }
            if tag.hasPrefix("/") {
                let name = String(tag.dropFirst()).lowercased()
                if let at = open.lastIndex(where: { $0.element.name == name }) {
                    while open.count > at {
                        var (element, start) = open.removeLast()
                        element.text = String(text.unicodeScalars.dropFirst(start))
                        element.end = index
                        all.append(element)
                    }
                }
                continue
            }
            let selfClosing = tag.hasSuffix("/")
            let body = selfClosing ? String(tag.dropLast()) : tag
            let name = String(body.prefix { $0 != " " && $0 != "\n" }).lowercased()
            let element = Element(name: name, attributes: Self.attributes(String(body.dropFirst(name.count))), text: "",
                                  position: index, end: index,
                                  ancestors: open.map { ([$0.element.name] + $0.element.classes).joined(separator: ".") })
            if selfClosing || Self.void.contains(name) {
                all.append(element)
            } else {
                open.append((element, text.unicodeScalars.count))
            }
        }
        all.sort { $0.position < $1.position }
    }

    /// The elements with this class, in document order.
    func withClass(_ name: String) -> [Element] { all.filter { $0.classes.contains(name) } }

    /// The elements with this tag name, in document order.
    func named(_ name: String) -> [Element] { all.filter { $0.name == name } }

    /// The elements inside `outer` with this tag name (or any), in document order.
    func inside(_ outer: Element, named name: String? = nil) -> [Element] {
        all.filter { $0.position > outer.position && $0.end < outer.end && (name == nil || $0.name == name) }
    }

    private static func attributes(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        var rest = Substring(text)
        while let equals = rest.firstIndex(of: "=") {
            let key = rest[..<equals].trimmingCharacters(in: .whitespacesAndNewlines)
            let afterEquals = rest[rest.index(after: equals)...]
            guard afterEquals.first == "\"", let end = afterEquals.dropFirst().firstIndex(of: "\"") else { break }
            result[key] = String(afterEquals[afterEquals.index(after: afterEquals.startIndex)..<end])
            rest = afterEquals[afterEquals.index(after: end)...]
        }
        return result
    }
}
