import BHXHCore
import VietnameseFormat

/// `units/index.html`: every unit of the tree, grouped by the province (or centrally run city) it
/// lies in, each group in Vietnamese alphabetical order (`NameOrder`), with its code, and with its
/// province beside any name that occurs more than once in the whole list. The page's search box
/// (`search.js`) filters this list; without JavaScript the list is all there.
struct UnitIndexView: Sendable {
    /// One unit of a group.
    struct Entry: Sendable {
        var code: String
        var name: String
        /// The province's name when the unit's name repeats elsewhere in the list, else empty.
        var province: String
    }

    /// A province (or city) and the units in it; the leading group of units outside any province
    /// (a country root) has an empty `code` and `name`.
    struct Group: Sendable {
        var code: String
        var name: String
        var entries: [Entry]
    }

    var groups: [Group]
    /// The number of units listed, "3.355".
    var count: String

    /// The list of every unit of `tree`.
    init(tree: UnitTree) {
        let provinceOf = Self.provinces(tree)
        var members: [UnitTree.Index: [UnitTree.Index]] = [:]
        var outside: [UnitTree.Index] = []
        for index in tree.units.indices {
            if let province = provinceOf[index] {
                if province != index { members[province, default: []].append(index) }
            } else {
                outside.append(index)
            }
        }
        let keys = tree.units.map { NameOrder($0.name) }
        var seen: [String: Int] = [:]
        for key in keys { seen[key.folded, default: 0] += 1 }
        let entry = { (index: UnitTree.Index) -> Entry in
            let unit = tree.units[index]
            let repeated = seen[keys[index].folded, default: 0] > 1
            return Entry(code: unit.code, name: unit.name,
                         province: repeated ? provinceOf[index].map { tree.units[$0].name } ?? "" : "")
        }
        let sorted = { (indices: [UnitTree.Index]) in indices.sorted { keys[$0] < keys[$1] }.map(entry) }
        var groups = outside.isEmpty ? [] : [Group(code: "", name: "", entries: sorted(outside))]
        for province in tree.units.indices where provinceOf[province] == province {
            groups.append(Group(code: tree.units[province].code, name: tree.units[province].name,
                                entries: sorted(members[province] ?? [])))
        }
        self.groups = groups
        count = NumberStyle.vietnamese.format(tree.units.count)
    }

    /// For each unit, the province it lies in (itself for a province): the outermost unit of kind
    /// province or city on its way to the root; none for units above or outside any province.
    static func provinces(_ tree: UnitTree) -> [UnitTree.Index: UnitTree.Index] {
        let isProvince = { (index: UnitTree.Index) in [.province, .city].contains(tree.units[index].kind) }
        var result: [UnitTree.Index: UnitTree.Index] = [:]
        for index in tree.units.indices {
            if let province = ([index] + tree.ancestors(of: index)).last(where: isProvince) { result[index] = province }
        }
        return result
    }
}
