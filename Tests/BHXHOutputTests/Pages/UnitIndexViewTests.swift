import BHXHCore
import Testing
@testable import BHXHOutput

/// How `units/index.html` groups units: by the outermost province or city above them.
@Suite struct UnitIndexViewTests {
    private func unit(_ code: String, _ name: String, _ kind: UnitKind, _ parent: String?) -> AdminUnit {
        AdminUnit(code: code, name: name, kind: kind, parentCode: parent)
    }

    @Test func aCityInsideAProvinceIsListedUnderItsProvinceAndUnitsOutsideAnyProvinceComeFirst() {
        let tree = UnitTree(units: [
            unit("H", "Huyện Lẻ", .district, nil),
            unit("H-1", "Xã Một", .commune, "H"),
            unit("P", "Tỉnh P", .province, nil),
            unit("P-TP", "Thành phố P", .city, "P"),
            unit("P-TP-1", "Phường Một", .ward, "P-TP"),
            unit("C", "Thành phố C", .city, nil),
            unit("C-1", "Xã Một", .commune, "C"),
        ])
        let view = UnitIndexView(tree: tree)
        #expect(view.groups.map(\.code) == ["", "P", "C"])
        #expect(view.groups.map { $0.entries.map(\.code) } == [["H", "H-1"], ["P-TP-1", "P-TP"], ["C-1"]])
        // "Xã Một" repeats: beside it, the province it lies in (none for the one outside any province).
        #expect(view.groups.flatMap(\.entries).filter { $0.name == "Xã Một" }.map(\.province) == ["", "Thành phố C"])
        #expect(view.count == "7")
    }
}
