import BHXHCore
import Testing
@testable import BHXHInput

/// Rows exactly as wide as the header (issue 11, item 2).
@Suite struct RowWidthTests {
    let tree = UnitTree(units: [
        AdminUnit(code: "BK", name: "Tỉnh Bắc Kạn", kind: .province, parentCode: nil),
        AdminUnit(code: "BK-CD", name: "Huyện Chợ Đồn", kind: .district, parentCode: "BK"),
        AdminUnit(code: "BK-TP", name: "Thành phố Bắc Kạn", kind: .city, parentCode: "BK"),
    ])

    func data(_ text: String) -> (Dataset?, [String]) {
        let (dataset, diagnostics) = DataFileReader.read(bytes: Array(text.utf8), path: "input/data/2018.csv",
                                                         year: 2018, status: .actual, tree: tree)
        return (dataset, diagnostics.map(\.description))
    }

    @Test func anUnquotedThousandsCommaIsAnErrorNamingBothCounts() {
        // "29,849" typed without quotes: 5 cells under 4 columns; before, labour force read 29.
        let (dataset, problems) = data("""
        unit,labour_force,bhxh_bb,bhyt
        BK-TP,31200,4100,30000
        BK-CD,29,849,3621,28000
        """)
        #expect(dataset == nil)
        #expect(problems == [
            "input/data/2018.csv:3: error: this row has 5 cells but the first row names 4 columns, so its cells "
                + "would land in the wrong columns; a number or a name with a comma inside (perhaps \"29,849\") "
                + "must be in quotes, or save the file with \";\" between cells",
        ])
    }

    @Test func aShortRowIsAnErrorNotUnknownFigures() {
        let (dataset, problems) = data("""
        unit,labour_force,bhxh_bb,bhyt
        BK-TP,31200,4100,30000
        BK-CD,29849
        """)
        #expect(dataset == nil)
        #expect(problems == [
            "input/data/2018.csv:3: error: this row has 2 cells but the first row names 4 columns; give every column "
                + "a cell (leave it empty, or write \"-\", when a figure is unknown)",
        ])
    }

    @Test func emptyCellsPastTheHeaderAreFine() throws {
        // Excel writes separators after the last cell when a column further right was ever used.
        let (dataset, problems) = data("""
        unit,labour_force,bhxh_bb,,
        BK-TP,31200,4100,,,,
        BK-CD,"29,849",3621
        """)
        #expect(problems.isEmpty, "\(problems)")
        let figures = try #require(dataset)
        #expect(figures.value(.labourForce, unit: 1) == 29849)
        #expect(figures.value(.participants(.bhxhBB), unit: 2) == 4100)
    }

    @Test func aSemicolonFileGetsItsOwnHint() {
        let (_, problems) = data("unit;labour_force;bhxh_bb\nBK-TP;31200;4100;7\n")
        #expect(problems == [
            "input/data/2018.csv:2: error: this row has 4 cells but the first row names 3 columns, so its cells "
                + "would land in the wrong columns; a cell with a \";\" inside must be in quotes",
        ])
    }

    @Test func unitsRowsAreCheckedToo() {
        // One message for the row: its commune's parent BK-CD is not reported unknown as well.
        let (tree, diagnostics) = UnitsReader.read(bytes: Array("""
        code,name,kind,parent
        BK,Tỉnh Bắc Kạn,province,
        BK-CD,Huyện Chợ Đồn, Bắc Kạn,district,BK
        BK-CD-1,Xã Bằng Lũng,commune,BK-CD
        """.utf8), path: "input/units.csv")
        #expect(tree == nil)
        #expect(diagnostics.map(\.description) == [
            "input/units.csv:3: error: this row has 5 cells but the first row names 4 columns, so its cells "
                + "would land in the wrong columns; a number or a name with a comma inside must be in quotes, "
                + "or save the file with \";\" between cells",
        ])
    }
}
