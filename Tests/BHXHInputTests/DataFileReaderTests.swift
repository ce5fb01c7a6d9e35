import BHXHCore
import Foundation
import Testing
import VietnameseFormat
@testable import BHXHInput

@Suite struct DataFileReaderTests {
    let tree = UnitTree(units: [
        AdminUnit(code: "P", name: "Tỉnh P", kind: .province, parentCode: nil),
        AdminUnit(code: "D1", name: "Huyện Một", kind: .district, parentCode: "P"),
        AdminUnit(code: "D2", name: "Huyện Hai", kind: .district, parentCode: "P"),
        AdminUnit(code: "C1", name: "Xã Một", kind: .commune, parentCode: "D2"),
        AdminUnit(code: "C2", name: "Xã Hai", kind: .commune, parentCode: "D2"),
        AdminUnit(code: "A", name: "BHXH tỉnh", kind: .agency, parentCode: "P"),
    ])

    func read(_ text: String, status: DataStatus = .actual) -> (Dataset?, [String]) {
        let (dataset, diagnostics) = DataFileReader.read(bytes: Array(text.utf8), path: "input/data/2020.csv",
                                                         year: 2020, status: status, tree: tree)
        return (dataset, diagnostics.map(\.description))
    }

    @Test func readsFiguresAndFillsUnitsFromTheirChildren() throws {
        let (dataset, problems) = read("""
        unit,labour_force,bhxh_bb,bhxh_tn
        D1,20845,4.466,-
        C1,1000,"1,200",
        C2,2000,300,5
        A,,4161,
        """)
        #expect(problems.isEmpty)
        let data = try #require(dataset)
        #expect(data.value(.participants(.bhxhBB), unit: 1) == 4466)
        // D2 has no row: the sum of its communes.
        #expect(data.value(.participants(.bhxhBB), unit: 2) == 1500)
        #expect(data.value(.labourForce, unit: 2) == 3000)
        // The province: its districts and the agency; labour force without the agency.
        #expect(data.value(.participants(.bhxhBB), unit: 0) == 10127)
        #expect(data.value(.labourForce, unit: 0) == 23845)
        // "-" and empty are unknown, never 0.
        #expect(data.value(.participants(.bhxhTN), unit: 1) == nil)
        #expect(data.value(.participants(.bhxhTN), unit: 2) == 5)
        // bhxh = bắt buộc + tự nguyện, the known parts when one is unknown.
        #expect(data.value(.participants(.bhxh), unit: 3) == 1200)
        #expect(data.value(.participants(.bhxh), unit: 4) == 305)
        #expect(data.location(of: .participants(.bhxhBB), unit: 3) == SourceRef(path: "input/data/2020.csv", line: 3, column: 3))
    }

    @Test func vietnameseHeadersAreRecognised() throws {
        let (dataset, problems) = read("""
        STT,Mã đơn vị,Tên đơn vị,Lực lượng lao động,BHXH bắt buộc,Bảo hiểm thất nghiệp,Số người thuộc diện tham gia BHTN
        1,D1,Huyện Một,100,10,8,9
        """)
        #expect(problems.isEmpty)
        let data = try #require(dataset)
        #expect(data.value(.eligible(.bhtn), unit: 1) == 9)
        #expect(data.value(.participants(.bhtn), unit: 1) == 8)
    }

    @Test func everyBadCellIsAnErrorAtItsPlace() {
        let (dataset, problems) = read("""
        unit,labour_force,bhxh_bb
        D1,abc,-5
        D9,100,2.5
        D1,100,1
        C1,1234567890123456789012345678901234567890,1
        ,1,1
        """)
        #expect(dataset == nil)
        #expect(problems == [
            "input/data/2020.csv:2:2: error: \"abc\" is not a number; labour_force needs a number of people like 4466 or 4.466, or \"-\" when unknown",
            "input/data/2020.csv:2:3: error: bhxh_bb cannot be negative (-5)",
            "input/data/2020.csv:3:1: error: unit \"D9\" is not in units.csv; did you mean \"D1\"?",
            "input/data/2020.csv:3:3: error: bhxh_bb must be a whole number of people, not 2.5",
            "input/data/2020.csv:4:1: error: unit \"D1\" already has a row on line 2; give each unit one row",
            "input/data/2020.csv:5:2: error: \"1234567890123456789012345678901234567890\" is far too large for lực lượng lao động (labour_force)",
            "input/data/2020.csv:6:1: error: the row has no unit code",
        ])
    }

    @Test func aFileWithoutTheUnitColumnOrAnyDataColumnIsAnError() {
        #expect(read("labour_force\n1\n").1 == ["input/data/2020.csv:1: error: the required column \"unit\" is missing from the first row"])
        #expect(read("unit,name\nD1,x\n").1 == ["input/data/2020.csv:1: error: the file has no data column; give at least one of labour_force, population, bhxh_bb, bhxh_tn, bhtn, bhyt, bhxh_bb_eligible, bhxh_tn_eligible, bhtn_eligible, bhyt_eligible"])
    }
    /// A row whose code is the unit after the previous row's is taken without a look-up; rows in
    /// any other order, repeated or with codes unlike the register's bytes are read as before.
    @Test func rowsInTheRegistersOrderOrNotGoToTheirUnits() throws {
        let (dataset, problems) = read("""
        unit,bhxh_bb
        P,1
        D1,2
        C2,5
        D2,3
        C1,4
        A,6
        """)
        #expect(problems.isEmpty)
        let data = try #require(dataset)
        #expect((0..<6).map { data.value(.participants(.bhxhBB), unit: $0) } == [1, 2, 3, 4, 5, 6])
        // A repeat is an error whether its unit is the one expected (D1 after P) or not (D1 after D1).
        #expect(read("unit,bhxh_bb\nD1,2\nP,1\nD1,3\n").1 == [
            "input/data/2020.csv:4:1: error: unit \"D1\" already has a row on line 2; give each unit one row",
        ])
        #expect(read("unit,bhxh_bb\nP,1\nD1,2\nD1,3\n").1 == [
            "input/data/2020.csv:4:1: error: unit \"D1\" already has a row on line 3; give each unit one row",
        ])
        // "d1" is not D1's bytes, nor D1: codes are exact.
        #expect(read("unit,bhxh_bb\nP,1\nd1,2\n").1 == [
            "input/data/2020.csv:3:1: error: unit \"d1\" is not in units.csv; did you mean \"D1\"?",
        ])
    }
}
