/// The units of one official register (`code,name,kind,parent`), in the order of its file, with
/// look-ups by code, by parent and by name.
public struct UnitRegister: Sendable {
    /// Every unit in file order (each province before its districts and communes).
    public let units: [RegisterUnit]
    private let positionByCode: [String: Int]
    private let childPositions: [String: [Int]]

    /// Reads a register file; a missing column, a row of the wrong width, a repeated code or a
    /// parent that is not a unit of the file is an error naming `path`.
    public init(csv bytes: [UInt8], path: String) throws(RegisterError) {
        let table = try RegisterTable(bytes, path: path, columns: ["code", "name", "kind", "parent"])
        let units = table.rows.map { RegisterUnit(code: $0[0], name: $0[1], kind: $0[2], parentCode: $0[3].isEmpty ? nil : $0[3]) }
        try self.init(units: units, path: path)
    }

    /// A register of `units`, checked as `init(csv:path:)` checks a file.
    public init(units: [RegisterUnit], path: String = "register") throws(RegisterError) {
        var positionByCode: [String: Int] = [:]
        var childPositions: [String: [Int]] = [:]
        for (position, unit) in units.enumerated() {
            guard !unit.code.isEmpty, positionByCode.updateValue(position, forKey: unit.code) == nil else {
                throw RegisterError(path: path, message: "the code \"\(unit.code)\" is empty or repeated; the register file is damaged — install the program again")
            }
            if let parent = unit.parentCode { childPositions[parent, default: []].append(position) }
        }
        for unit in units {
            if let parent = unit.parentCode, positionByCode[parent] == nil {
                throw RegisterError(path: path, message: "the parent \"\(parent)\" of \(unit.code) is not in the register; the register file is damaged — install the program again")
            }
        }
        self.units = units
        self.positionByCode = positionByCode
        self.childPositions = childPositions
    }

    /// The unit with this code.
    public func unit(code: String) -> RegisterUnit? {
        positionByCode[code].map { units[$0] }
    }

    /// The units without a parent (the provinces), in file order.
    public var roots: [RegisterUnit] { units.filter { $0.parentCode == nil } }

    /// The units directly under `code`, in file order.
    public func children(of code: String) -> [RegisterUnit] {
        (childPositions[code] ?? []).map { units[$0] }
    }

    /// The units under `code` at any depth, each after its parent, in file order below each parent.
    public func descendants(of code: String) -> [RegisterUnit] {
        var result: [RegisterUnit] = []
        func visit(_ code: String) {
            for child in children(of: code) {
                result.append(child)
                visit(child.code)
            }
        }
        visit(code)
        return result
    }

    /// The chain from the unit's parent up to its province.
    public func ancestors(of code: String) -> [RegisterUnit] {
        var result: [RegisterUnit] = []
        var current = unit(code: code)?.parentCode
        while let parent = current, let unit = unit(code: parent), result.count < units.count {
            result.append(unit)
            current = unit.parentCode
        }
        return result
    }

    /// The unit among `candidates` (by default the provinces) that `query` names: its code, or its
    /// name in any case, with or without accents and with or without its kind ("20", "lang son",
    /// "Tỉnh Lạng Sơn"); a query that is part of only one name finds that one.
    public func find(_ query: String, among candidates: [RegisterUnit]? = nil) -> NameMatch {
        NameMatch(query, among: candidates ?? roots)
    }
}
