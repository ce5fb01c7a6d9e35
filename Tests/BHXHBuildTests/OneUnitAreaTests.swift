import BHXHBuild
import BHXHCore
import Foundation
import Testing

/// A town planning for itself (seed 001, Bỉm Sơn): an area with no units below it builds its
/// plan and its results report, one row each, with its figures under its own code.
@Suite struct OneUnitAreaTests {
    /// The shipped example's folder with its units, data, plan and report replaced by a town's.
    func townFolder() throws -> ProjectFolder {
        let folder = try ProjectFolder.withoutFigures()
        try folder.write("code,name,kind,parent\nBS,Thị xã Bỉm Sơn,town,\n", to: "units.csv")
        // 12.850 ÷ 1,1053 ≈ 11.626 in 2018; 15.127 people required to join in 2019.
        try folder.write("unit,labour_force,bhxh_bb,bhxh_bb_eligible\nBS,30000,11626,14000\n", to: "data/2018.csv")
        try folder.write("unit,bhxh_bb,bhxh_bb_eligible\nBS,12900,15127\n", to: "data/2019.estimate.csv")
        try folder.writeOneAppendixPlan(id: "bim-son-2019", area: "BS", baseYear: 2018, years: [2019],
                                        target: #"{"method": "participation", "rates": {"2019": 84.95}}"#, document: """
        {"authority": "ỦY BAN NHÂN DÂN THỊ XÃ BỈM SƠN", "kind": "KẾ HOẠCH", "number": "45/KH-UBND",
         "place": "Bỉm Sơn", "date": "2019-03-01", "subject": "S", "bases": [],
         "signer": {"title": "CHỦ TỊCH", "name": "N"}, "recipients": ["Lưu: VT."]}
        """)
        return folder
    }

    func lines(_ data: Data?) -> [String] { ProjectFolder.lines(data) }

    @Test func aOneUnitAreaBuildsItsPlanAndReportAsOneRow() throws {
        let folder = try townFolder()
        defer { folder.remove() }
        let (files, diagnostics) = try folder.build(strict: true)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        // 84,95% × 15.127 = 12.850,39 → 12.850; growth 12.850 ÷ 11.626 − 1 = 10,53% (seed 001).
        let table = lines(files["plans/bim-son-2019/phu-luc-1.csv"])
        let body = table.filter { $0.hasPrefix("1,") || $0.hasPrefix(",Thị xã") || $0.hasPrefix(",Toàn") }
        #expect(body == ["1,Thị xã Bỉm Sơn,11626,30000,38.75,14000,83.04,12850,30000,42.83,15127,84.95,10.53"])
        #expect(table.contains { $0.contains("Thực hiện năm 2018") })
        // Figures under the town's own code, once each.
        let figures = lines(files["plans/bim-son-2019/figures.csv"]).dropFirst()
        #expect(!figures.isEmpty)
        #expect(figures.allSatisfy { $0.hasPrefix("BS,Thị xã Bỉm Sơn,") })
        #expect(figures.contains("BS,Thị xã Bỉm Sơn,bhxh_bb,2019,target,participants,12850"))
        #expect(figures.contains("BS,Thị xã Bỉm Sơn,bhxh_bb,2019,target,eligible,15127"))
        #expect(Set(figures).count == figures.count)
        // The report: 12.900 of 12.850 = 100,39%.
        let report = lines(files["reports/bim-son-2019/bang-1.csv"])
        #expect(report.filter { $0.hasPrefix("1,") } == ["1,Thị xã Bỉm Sơn,12850,12900,100.39,50,10.96,30000,43.00,15127,85.28"])
        #expect(!report.contains { $0.hasPrefix(",Toàn") })
    }
}
