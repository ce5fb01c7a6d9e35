import BHXHCore
import LocatedJSON

extension JSONFieldReader {
    private static let schemeNames: [(String, Scheme)] = Scheme.allCases.map { ($0.rawValue, $0) }

    /// An appendix's `"columns"`: `{"hide": ["denominator"], "headings": {"growth": "Tốc độ phát
    /// triển"}}`, naming only `allowed` columns; the standard layout without one, nil when wrong.
    mutating func tableLayout(_ node: JSONNode?, allowed: [AppendixColumn]) -> TableLayout? {
        guard let node else { return .standard }
        guard let object = object(node, "\"columns\"", known: ["hide", "headings"]) else { return nil }
        var valid = true
        var hidden: Set<AppendixColumn> = []
        if let hideNode = object["hide"] {
            if let elements = hideNode.elements {
                for element in elements {
                    guard let column = layoutColumn(element, allowed: allowed) else { valid = false; continue }
                    if column == .participants {
                        error("the \"participants\" column cannot be hidden: it holds the targets the table sets", at: element.location)
                        valid = false
                    }
                    hidden.insert(column)
                }
            } else {
                error("\"hide\" must be a list of columns, like [\"denominator\", \"coverage\"], not \(hideNode.kindDescription)", at: hideNode.location)
                valid = false
            }
        }
        var headings: [AppendixColumn: String] = [:]
        if let headingsNode = object["headings"] {
            if let members = headingsNode.members {
                for member in members {
                    let column = layoutColumn(name: member.key, at: member.keyLocation, allowed: allowed)
                    let heading = nonEmptyString(member.node, "the heading of \"\(member.key)\"")
                    guard let column, let heading else { valid = false; continue }
                    if hidden.contains(column) {
                        error("the \"\(member.key)\" column is hidden, so its heading is never printed", at: member.keyLocation)
                        valid = false
                    }
                    headings[column] = heading
                }
            } else {
                error("\"headings\" must be an object of columns to headings, like {\"growth\": \"Tốc độ phát triển (%)\"}, not \(headingsNode.kindDescription)", at: headingsNode.location)
                valid = false
            }
        }
        return valid ? TableLayout(hidden: hidden, headings: headings) : nil
    }

    /// A column named in `"columns"`.
    private mutating func layoutColumn(_ node: JSONNode, allowed: [AppendixColumn]) -> AppendixColumn? {
        guard let name = string(node, "each column of \"hide\"") else { return nil }
        return layoutColumn(name: name, at: node.location, allowed: allowed)
    }

    private mutating func layoutColumn(name: String, at location: SourceLocation, allowed: [AppendixColumn]) -> AppendixColumn? {
        if let column = allowed.first(where: { $0.rawValue == name }) { return column }
        let names = allowed.map(\.rawValue)
        let hint = Suggestion.closest(to: name, among: names).map { " (did you mean \"\($0)\"?)" } ?? ""
        let kind = allowed == AppendixColumn.sideBySide ? "a side-by-side table" : "an appendix table"
        error("\"\(name)\" is not a column of \(kind)\(hint); its columns are \(Suggestion.list(names))", at: location)
        return nil
    }

    /// An appendix with `"schemes"` instead of `"scheme"` and `"target"`: several schemes side by
    /// side, after `position` of the plan's other appendices. Its schemes are checked against the
    /// plan's appendices by `checkSideBySide`.
    mutating func sideBySideAppendix(_ node: JSONNode, position: Int) -> SideBySideAppendix? {
        for key in ["scheme", "target"] where node[key] != nil {
            error("an appendix with \"schemes\" sets side by side the targets of the plan's appendices for those schemes, so it takes no \"\(key)\"",
                  at: node[key]?.location ?? node.location)
        }
        let keys = ["number", "title", "schemes", "columns", "scheme", "target"]
        guard let object = object(node, "a side-by-side appendix", known: keys, required: ["number", "title", "schemes"]) else {
            return nil
        }
        let number = integer(object["number"], "the appendix \"number\"", in: 1...99)
        let title = nonEmptyString(object["title"], "the appendix \"title\"")
        let layout = tableLayout(object["columns"], allowed: AppendixColumn.sideBySide)
        var schemes: [Scheme] = []
        var valid = node["scheme"] == nil && node["target"] == nil
        if let schemesNode = object["schemes"] {
            let elements = schemesNode.elements ?? []
            if elements.count < 2 {
                error("\"schemes\" must list two schemes or more, like [\"bhxh_bb\", \"bhtn\"]; a table of one scheme takes \"scheme\" and \"target\"", at: schemesNode.location)
                valid = false
            }
            for element in elements {
                guard let scheme = choice(element, "scheme", Self.schemeNames) else { valid = false; continue }
                if schemes.contains(scheme) {
                    error("\"\(scheme.rawValue)\" is listed twice in \"schemes\"", at: element.location)
                    valid = false
                }
                schemes.append(scheme)
            }
        }
        guard valid, let number, let title, let layout else { return nil }
        return SideBySideAppendix(number: number, title: title, schemes: schemes, layout: layout, position: position,
                                  source: ref(node.location))
    }

    /// Each scheme of a side-by-side appendix at `node` must be the scheme of one of `appendices`.
    mutating func checkSideBySide(_ node: JSONNode, schemes: [Scheme], appendices: [Appendix]) -> Bool {
        var valid = true
        for (element, scheme) in zip(node["schemes"]?.elements ?? [], schemes) where !appendices.contains(where: { $0.scheme == scheme }) {
            let have = appendices.map { "\"\($0.scheme.rawValue)\"" }
            error("the plan has no appendix for \"\(scheme.rawValue)\", so a side-by-side table cannot show its targets; add an appendix with \"scheme\": \"\(scheme.rawValue)\" (the plan's appendices are for \(have.joined(separator: ", ")))",
                  at: element.location)
            valid = false
        }
        return valid
    }
}
