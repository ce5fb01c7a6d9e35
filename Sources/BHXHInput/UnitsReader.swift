import BHXHCore

/// Reads `units.csv` (`code,name,kind,parent`; row order is display order) and checks it:
/// codes present, safe, at most 64 bytes and unique (also ignoring case); names without control or
/// invisible characters; kinds known; parents that exist and form no cycle.
public enum UnitsReader {
    /// The unit tree, or nil when an error makes it unusable; every problem found either way.
    public static func read(bytes: [UInt8], path: String) -> (UnitTree?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let table = InputTable.read(
            bytes: bytes, path: path,
            required: [(.code, "code"), (.name, "name"), (.kind, "kind"), (.parent, "parent")],
            accepted: [.code, .name, .kind, .parent, .rowNumber], diagnostics: &diagnostics) else {
            return (nil, diagnostics)
        }
        var units: [AdminUnit] = []
        var lineOfCode: [String: Int] = [:]
        var fileNames: [String: (code: String, line: Int)] = [:]
        var parentLocations: [SourceRef] = []
        // The kinds met so far by their text as typed: a file names a handful of kinds, each folded once.
        var kindsByText: [String: UnitKind] = [:]
        for record in table.records {
            let code = table.text(record, .code)
            let codeAt = table.location(record, .code)
            guard !code.isEmpty else {
                diagnostics.append(Diagnostic(.error, "the unit has no code", at: codeAt))
                continue
            }
            if let problem = UnitText.codeProblem(code) {
                diagnostics.append(Diagnostic(.error, problem, at: codeAt))
                continue
            }
            guard SafeName.isSafe(code) else {
                diagnostics.append(Diagnostic(.error, "the code \"\(code)\" cannot be used: codes become file names, so use letters, digits, \"-\", \"_\" and \".\" only (not starting with \".\")", at: codeAt))
                continue
            }
            let fileNameKey = UnitText.fileNameKey(code)
            guard fileNameKey != UnitText.reservedFileName else {
                diagnostics.append(Diagnostic(.error, "the code \"\(code)\" cannot be used: units/index.html is the site's list of all units, so give this unit another code", at: codeAt))
                continue
            }
            if let first = lineOfCode[code] {
                diagnostics.append(Diagnostic(.error, "the code \"\(code)\" is already used on line \(first); each unit needs its own code", at: codeAt))
                continue
            }
            if let first = fileNames[fileNameKey] {
                diagnostics.append(Diagnostic(.error, "the code \"\(code)\" differs from \"\(first.code)\" on line \(first.line) only in capital letters; they would be one file on Windows and macOS, so give each unit a code of its own", at: codeAt))
                continue
            }
            lineOfCode[code] = table.line(record)
            fileNames[fileNameKey] = (code, table.line(record))
            let name = table.text(record, .name)
            if name.isEmpty {
                diagnostics.append(Diagnostic(.error, "unit \"\(code)\" has no name", at: table.location(record, .name)))
            } else if let problem = UnitText.nameProblem(name) {
                diagnostics.append(Diagnostic(.error, "unit \"\(code)\": \(problem)", at: table.location(record, .name)))
            }
            let kindText = table.text(record, .kind)
            guard let kind = kindsByText[kindText] ?? UnitKindName.kind(kindText) else {
                let known = UnitKind.allCases.map(\.rawValue)
                let hint = Suggestion.closest(to: kindText, among: known).map { " (did you mean \"\($0)\"?)" } ?? ""
                diagnostics.append(Diagnostic(.error, "unknown unit kind \"\(kindText)\"\(hint); use \(Suggestion.list(known))", at: table.location(record, .kind)))
                continue
            }
            kindsByText[kindText] = kind
            let parent = table.text(record, .parent)
            units.append(AdminUnit(code: code, name: name.isEmpty ? code : name, kind: kind,
                                   parentCode: parent.isEmpty ? nil : parent, source: codeAt))
            parentLocations.append(table.location(record, .parent))
        }
        if units.isEmpty && !diagnostics.contains(where: { $0.severity == .error }) {
            diagnostics.append(Diagnostic(.error, "the file lists no units", at: SourceRef(path: path)))
        }
        // A row of the wrong width was reported; its children's parent is not unknown as well.
        let unread = Set(table.rejected.map { table.text($0, .code) })
        let (problems, indexByCode, parents) = parentProblems(units, parentLocations: parentLocations, unread: unread)
        diagnostics += problems
        let usable = !diagnostics.contains { $0.severity == .error }
        return (usable ? UnitTree(checked: units, indexByCode: indexByCode, parents: parents) : nil, diagnostics)
    }

    /// Parents that are not units (nor the code of an `unread` row), and parent chains that come
    /// back to where they started; and, for the tree, each code's position and each unit's parent.
    private static func parentProblems(_ units: [AdminUnit], parentLocations: [SourceRef], unread: Set<String>)
        -> ([Diagnostic], indexByCode: [String: Int], parents: [Int?]) {
        var diagnostics: [Diagnostic] = []
        var indexOf: [String: Int] = [:]
        indexOf.reserveCapacity(units.count)
        for (index, unit) in units.enumerated() { indexOf[unit.code] = index }
        let parents = units.map { $0.parentCode.flatMap { indexOf[$0] } }
        var codes: Suggestion.Candidates?  // prepared at the first unknown parent
        for (index, unit) in units.enumerated() {
            guard let parent = unit.parentCode, parents[index] == nil, !unread.contains(parent) else { continue }
            if codes == nil { codes = Suggestion.Candidates(units.map(\.code)) }
            let hint = codes?.closest(to: parent).map { "; did you mean \"\($0)\"?" } ?? ""
            diagnostics.append(Diagnostic(.error, "the parent \"\(UnitText.shown(parent))\" of \(unit.code) is not a unit code in this file\(hint)", at: parentLocations[index]))
        }
        // Follow each chain upwards; a chain that meets a unit already on it is a cycle, reported
        // once. A chain stops at a unit whose own chain was followed before (cleared: it leads to
        // no cycle not yet reported), so each unit is followed about once.
        var reported = Array(repeating: false, count: units.count)
        var cleared = Array(repeating: false, count: units.count)
        var chainOf = Array(repeating: -1, count: units.count)  // the start whose chain holds the unit
        var position = Array(repeating: 0, count: units.count)  // and where in that chain
        var chain: [Int] = []
        for start in units.indices {
            chain.removeAll(keepingCapacity: true)
            var current: Int? = start
            while let index = current, !reported[index], !cleared[index] {
                if chainOf[index] == start {
                    let cycle = chain[position[index]...]
                    for member in cycle { reported[member] = true }
                    let names = (cycle.map { units[$0].code } + [units[index].code]).joined(separator: " → ")
                    diagnostics.append(Diagnostic(.error, "the parents go round in a circle (\(names)); one of them must have another parent", at: parentLocations[index]))
                    break
                }
                chainOf[index] = start
                position[index] = chain.count
                chain.append(index)
                current = parents[index]
            }
            for index in chain where !reported[index] { cleared[index] = true }
        }
        return (diagnostics, indexOf, parents)
    }
}

/// Unit kinds as `units.csv` may write them: the English key or the Vietnamese word
/// ("toàn quốc", "tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu", "cơ quan").
enum UnitKindName {
    /// The kind named by `text`, ignoring case and accents; nil when it names none.
    static func kind(_ text: String) -> UnitKind? {
        let folded = HeaderName.normalized(text)
        return english[folded] ?? vietnamese[folded]
    }

    /// The English keys folded as typed text is ("urban_district" → "urban district").
    private static let english = Dictionary(uniqueKeysWithValues: UnitKind.allCases.map { (HeaderName.normalized($0.rawValue), $0) })

    private static let vietnamese: [String: UnitKind] = [
        "quoc gia": .country, "toan quoc": .country, "tinh": .province, "thanh pho": .city, "huyen": .district,
        "quan": .urbanDistrict, "thi xa": .town, "xa": .commune, "phuong": .ward, "thi tran": .township,
        "dac khu": .special, "co quan": .agency,
    ]
}
