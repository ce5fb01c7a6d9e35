import BHXHCore
import Foundation
import LocatedJSON

extension JSONFieldReader {
    private static let schemes: [(String, Scheme)] = Scheme.allCases.map { ($0.rawValue, $0) }

    mutating func plan(_ root: JSONNode, id: String, tree: UnitTree?) -> Definition<Plan>? {
        let keys = ["document", "area", "base", "years", "labourForce", "carry", "percentDecimals", "growthForm",
                    "appendices", "narrative"]
        guard let object = object(root, "a plan definition", known: keys, required: ["area", "base", "years", "appendices"]) else {
            return nil
        }
        let document = document(object["document"], at: root)
        let area = code(object["area"], "\"area\"", tree: tree)
        let base = base(object["base"])
        let years = years(object["years"], after: base)
        let throughMonth = object["base"].flatMap { through($0, year: base) }
        let rule = object["labourForce"].flatMap { denominatorRule($0) } ?? .carry
        let carry = object["carry"].map { choice($0, "carry", CarryMode.allCases.map { ($0.rawValue, $0) }) } ?? .rounded
        let decimals = object["percentDecimals"].map { integer($0, "\"percentDecimals\"", in: 0...6) } ?? 2
        let growthForm = object["growthForm"].map { choice($0, "growth form", GrowthForm.allCases.map { ($0.rawValue, $0) }) } ?? .increase
        let appendices = appendices(object["appendices"], tree: tree, area: area)
        let narrative = narrativeFile(object["narrative"])
        guard let document, let area, let base, let years, let throughMonth, let carry, let decimals, let growthForm,
              let appendices else {
            return nil
        }
        let plan = Plan(id: id, document: document, area: area, baseYear: base, baseThroughMonth: throughMonth,
                        years: years, denominatorRule: rule, carry: carry, percentDecimals: decimals,
                        growthForm: growthForm, appendices: appendices, source: ref(root.location))
        return Definition(value: plan, narrativeFile: narrative)
    }

    /// A unit code that must be in units.csv (checked when the units are known).
    private mutating func code(_ node: JSONNode?, _ what: String, tree: UnitTree?) -> String? {
        guard let node, let code = nonEmptyString(node, what) else { return nil }
        return checkCode(code, at: node.location, what: what, tree: tree) ? code : nil
    }

    private mutating func checkCode(_ code: String, at location: SourceLocation, what: String, tree: UnitTree?) -> Bool {
        guard let tree, tree.index(of: code) == nil else { return true }
        let hint = Suggestion.closest(to: code, among: tree.units.map(\.code)).map { "; did you mean \"\($0)\"?" } ?? ""
        error("\(what) \"\(code)\" is not a unit code of units.csv\(hint)", at: location)
        return false
    }

    /// The base year.
    private mutating func base(_ node: JSONNode?) -> Int? {
        guard let node, let object = object(node, "\"base\"", known: ["year", "through"], required: ["year"]),
              let year = year(object["year"], "the base \"year\"") else { return nil }
        return year
    }

    /// The month of "through": .some(nil) without one, nil when it is wrong.
    private mutating func through(_ base: JSONNode, year: Int?) -> Int?? {
        guard let throughNode = base["through"] else { return .some(nil) }
        guard let year, let text = string(throughNode, "\"through\"") else { return nil }
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, Int(parts[0]) == year,
              let month = Int(parts[1]), (1...12).contains(month) else {
            error("\"through\" must be a month of the base year written YYYY-MM (like \"\(year)-08\"), not \"\(text)\"", at: throughNode.location)
            return nil
        }
        return .some(month)
    }

    private mutating func years(_ node: JSONNode?, after baseYear: Int?) -> [Int]? {
        guard let node else { return nil }
        guard let elements = node.elements, !elements.isEmpty else {
            error("\"years\" must be a list of plan years, like [2019, 2020]", at: node.location)
            return nil
        }
        var years: [Int] = []
        for element in elements {
            guard let year = year(element, "each plan year") else { continue }
            if let last = years.last, year <= last {
                error("plan years must be listed in increasing order without repeats", at: element.location)
            } else if let baseYear, year <= baseYear {
                error("plan year \(year) is not after the base year \(baseYear)", at: element.location)
            }
            years.append(year)
        }
        return years.count == elements.count ? years : nil
    }

    private mutating func denominatorRule(_ node: JSONNode) -> DenominatorRule? {
        guard let object = object(node, "\"labourForce\"", known: ["method", "rates"], required: ["method"]) else { return nil }
        let method = choice(object["method"], "labour-force method", [("carry", "carry"), ("growth", "growth")])
        if method == "growth" {
            guard let rates = yearValues(object["rates"], "the labour-force \"rates\"") else {
                if object["rates"] == nil { error("the labour-force growth method needs \"rates\"", at: node.location) }
                return nil
            }
            return .growth(rates)
        }
        if let rates = object["rates"], method == "carry" {
            error("the carry method takes no \"rates\"", at: rates.location)
        }
        return method == nil ? nil : .carry
    }

    private mutating func appendices(_ node: JSONNode?, tree: UnitTree?, area: String?) -> [Appendix]? {
        guard let node else { return nil }
        guard let elements = node.elements, !elements.isEmpty else {
            error("\"appendices\" must be a list of appendix tables", at: node.location)
            return nil
        }
        var rows: Set<String> = []
        if let tree, let area, let areaIndex = tree.index(of: area) {
            // An area with no units below it is its own single row.
            rows = tree.children[areaIndex].isEmpty ? [area] : Set(tree.children[areaIndex].map { tree.units[$0].code })
        }
        var numbers: Set<Int> = []
        var result: [Appendix] = []
        for element in elements {
            guard let appendix = appendix(element, tree: tree, rows: rows) else { continue }
            if !numbers.insert(appendix.number).inserted {
                error("two appendices have the number \(appendix.number)", at: element.location)
            }
            result.append(appendix)
        }
        return result.count == elements.count ? result : nil
    }

    private mutating func appendix(_ node: JSONNode, tree: UnitTree?, rows: Set<String>) -> Appendix? {
        let keys = ["number", "scheme", "title", "target", "overrides", "carry", "percentDecimals", "growthForm"]
        guard let object = object(node, "an appendix", known: keys, required: ["number", "scheme", "title", "target"]) else {
            return nil
        }
        let number = integer(object["number"], "the appendix \"number\"", in: 1...99)
        let scheme = choice(object["scheme"], "scheme", Self.schemes)
        let title = nonEmptyString(object["title"], "the appendix \"title\"")
        let target = object["target"].flatMap { targetRule($0, tree: tree, rows: rows, allowTotal: true) }
        var overrides: [(code: String, rule: TargetRule)] = []
        var overridesValid = true
        if let overridesNode = object["overrides"] {
            if let members = overridesNode.members {
                for member in members {
                    var valid = checkCode(member.key, at: member.keyLocation, what: "the override unit", tree: tree)
                    if valid, tree != nil, !rows.contains(member.key) {
                        error("unit \"\(member.key)\" is not a row of this table (rows are the units directly under the plan's area, or the area itself when it has none)", at: member.keyLocation)
                        valid = false
                    }
                    if let rule = targetRule(member.node, tree: tree, rows: rows, allowTotal: false), valid {
                        overrides.append((member.key, rule))
                    } else {
                        overridesValid = false
                    }
                }
            } else {
                error("\"overrides\" must be an object of unit codes to target methods", at: overridesNode.location)
                overridesValid = false
            }
        }
        let carry = object["carry"].map { choice($0, "carry", CarryMode.allCases.map { ($0.rawValue, $0) }) }
        let decimals = object["percentDecimals"].map { integer($0, "\"percentDecimals\"", in: 0...6) }
        let growthForm = object["growthForm"].map { choice($0, "growth form", GrowthForm.allCases.map { ($0.rawValue, $0) }) }
        guard let number, let scheme, let title, let target, overridesValid,
              carry != .some(nil), decimals != .some(nil), growthForm != .some(nil) else { return nil }
        return Appendix(number: number, scheme: scheme, title: title, target: target, overrides: overrides,
                        carry: carry ?? nil, percentDecimals: decimals ?? nil, growthForm: growthForm ?? nil,
                        source: ref(node.location))
    }

    private mutating func targetRule(_ node: JSONNode, tree: UnitTree?, rows: Set<String>, allowTotal: Bool) -> TargetRule? {
        guard let object = object(node, "a target method",
                                  known: ["method", "rates", "totals", "coverage", "participation", "allocate", "values"],
                                  required: ["method"]) else { return nil }
        if !allowTotal, let methodNode = object["method"], methodNode.string == "total" {
            error("a unit override cannot use the total method; give the unit its own growth, coverage, participation or values", at: methodNode.location)
            return nil
        }
        let names = ["growth", "coverage", "participation"] + (allowTotal ? ["total"] : []) + ["values"]
        guard let method = choice(object["method"], "target method", names.map { ($0, $0) }) else { return nil }
        let allowed: [String: [String]] = ["growth": ["rates"], "coverage": ["rates"], "participation": ["rates"],
                                           "total": ["totals", "coverage", "participation", "allocate"], "values": ["values"]]
        for member in object.members where member.key != "method" && !(allowed[method] ?? []).contains(member.key) {
            error("the \(method) method takes no \"\(member.key)\"", at: member.keyLocation)
        }
        let source = ref(node.location)
        switch method {
        case "growth", "coverage", "participation":
            guard let ratesNode = object["rates"] else {
                error("the \(method) method needs \"rates\", like {\"2019\": \(method == "growth" ? "1.5" : "35")}", at: node.location)
                return nil
            }
            if method == "growth" {
                return yearValues(ratesNode, "\"rates\"").map { TargetRule(.growth(rates: $0), source: source) }
            }
            guard let rates = percentRates(ratesNode, "\"rates\"") else { return nil }
            return TargetRule(method == "coverage" ? .coverage(rates: rates) : .participation(rates: rates), source: source)
        case "total":
            let given = ["totals", "coverage", "participation"].filter { object[$0] != nil }
            guard given.count == 1, let key = given.first, let areaNode = object[key] else {
                error(given.isEmpty
                      ? "the total method needs one of \"totals\" (people, like {\"2019\": 23500}), \"coverage\" or \"participation\" (rates, like {\"2022\": 35})"
                      : "the total method takes only one of \"totals\", \"coverage\" and \"participation\", not \(given.map { "\"\($0)\"" }.joined(separator: " and "))",
                      at: node.location)
                return nil
            }
            let areaTotal: AreaTotal?
            if key == "totals" {
                let totals = yearValues(areaNode, "\"totals\"")
                for (year, total) in totals ?? [:] where total < 0 || !total.isWholeNumber {
                    error("the total for \(year) must be a whole number of people", at: areaNode.location)
                }
                areaTotal = totals.map { .totals($0) }
            } else {
                areaTotal = percentRates(areaNode, "\"\(key)\"").map { key == "coverage" ? .coverage($0) : .participation($0) }
            }
            let allocation = object["allocate"].map { choice($0, "allocation", TargetMethod.Allocation.allCases.map { ($0.rawValue, $0) }) } ?? .share
            guard let areaTotal, let allocation else { return nil }
            return TargetRule(.total(areaTotal, allocation: allocation), source: source)
        default:
            guard let valuesNode = object["values"] else {
                error("the values method needs \"values\", like {\"BK-CD\": {\"2019\": 3676}}", at: node.location)
                return nil
            }
            guard let members = valuesNode.members else {
                error("\"values\" must be an object of unit codes to {year: number}", at: valuesNode.location)
                return nil
            }
            var values: [String: [Int: Decimal]] = [:]
            for member in members {
                _ = checkCode(member.key, at: member.keyLocation, what: "the unit", tree: tree)
                if let byYear = yearValues(member.node, "the values of \"\(member.key)\"") {
                    for (year, value) in byYear where value < 0 {
                        error("the value of \"\(member.key)\" for \(year) is negative", at: member.node.location)
                    }
                    values[member.key] = byYear
                }
            }
            return TargetRule(.values(values), source: source)
        }
    }

    /// Rates that are a percentage of a whole — coverage of the labour force (population), or
    /// participation of the eligible count — by year: the `coverage` and `participation` methods'
    /// `rates` and the total method's `coverage` and `participation`. Every such rate is read
    /// here, so this is where a check that it lies within 0–100% belongs.
    private mutating func percentRates(_ node: JSONNode, _ what: String) -> [Int: Decimal]? {
        yearValues(node, what)
    }
}
