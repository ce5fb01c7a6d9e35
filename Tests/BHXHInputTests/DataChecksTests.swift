import BHXHCore
import Foundation
import Testing
@testable import BHXHInput

/// Each plausibility warning, with where it points.
@Suite struct DataChecksTests {
    static let units = [
        AdminUnit(code: "P", name: "Tỉnh P", kind: .province, parentCode: nil),
        AdminUnit(code: "D1", name: "Huyện Một", kind: .district, parentCode: "P"),
        AdminUnit(code: "D2", name: "Huyện Hai", kind: .district, parentCode: "P"),
        AdminUnit(code: "A", name: "BHXH tỉnh", kind: .agency, parentCode: "P"),
    ]
    var tree = UnitTree(units: units)

    func dataset(_ text: String, year: Int, path: String) -> Dataset {
        let (dataset, problems) = DataFileReader.read(bytes: Array(text.utf8), path: path, year: year, status: .actual, tree: tree)
        #expect(problems.isEmpty, "\(problems)")
        return dataset!
    }

    func warnings(_ sets: [Dataset]) -> [String] {
        DataChecks.warnings(tree: tree, data: DataStore(datasets: sets)).map(\.description)
    }

    @Test func everyWarningSaysWhatAndWhere() {
        let before = dataset("""
        unit,labour_force,bhxh_bb,bhtn
        D1,1000,100,50
        D2,2000,200,80
        """, year: 2019, path: "input/data/2019.csv")
        let now = dataset("""
        unit,labour_force,bhxh_bb,bhxh_bb_eligible,bhtn
        P,3500,450,,
        D1,1300,1200,1100,51
        D2,2000,201,,80
        A,10,5,,
        """, year: 2020, path: "input/data/2020.csv")
        #expect(warnings([before, now]) == [
            "input/data/2020.csv:3:3: warning: Huyện Một (D1): 1200 BHXH bắt buộc participants are more than the 1100 people eligible",
            "input/data/2020.csv:2:2: warning: Tỉnh P (P): labour_force is 3500, but its units add up to 3300; tables use the units' figures",
            "input/data/2020.csv:2:3: warning: Tỉnh P (P): bhxh_bb is 450, but its units add up to 1406; tables use the units' figures",
            "input/data/2020.csv:5:2: warning: BHXH tỉnh (A) is an agency and has no lực lượng lao động of its own; the 10 given is ignored",
            "input/data/2020.csv:3:2: warning: Huyện Một (D1): labour_force changes by +30% from 2019 (1000) to 2020 (1300); more than ±20% is unusual",
            "input/data/2020.csv:3:3: warning: Huyện Một (D1): bhxh_bb changes by +1100% from 2019 (100) to 2020 (1200); more than ±50% is unusual",
        ])
    }

    @Test func aUnitWithoutAnyFigure() {
        var checks = self
        checks.tree = UnitTree(units: Self.units + [AdminUnit(code: "Z", name: "Huyện Không", kind: .district, parentCode: "P",
                                                              source: SourceRef(path: "input/units.csv", line: 6, column: 1))])
        let data = checks.dataset("unit,bhxh_bb\nD1,5\nD2,6\nA,7\n", year: 2020, path: "input/data/2020.csv")
        #expect(checks.warnings([data]) == [
            "input/units.csv:6:1: warning: Huyện Không (Z) has no figures in any data file",
        ])
    }

    @Test func participantsAboveTheLabourForce() {
        let data = dataset("unit,labour_force,bhxh_bb\nD1,100,120\n", year: 2020, path: "input/data/2020.csv")
        #expect(warnings([data]).first == "input/data/2020.csv:2:3: warning: Huyện Một (D1): 120 BHXH bắt buộc participants are more than its lực lượng lao động of 100")
    }
}
