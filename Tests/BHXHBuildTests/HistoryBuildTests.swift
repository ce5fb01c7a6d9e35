import BHXHBuild
import BHXHCore
import Foundation
import Testing

/// A province whose 2020 figures were counted in the old register: 2 new communes from 3 old
/// ones, one of them split 0,4 / 0,6. The plan takes its base year from history/, so the moved
/// figures are in the output, said to be "quy đổi theo địa giới mới".
@Suite struct HistoryBuildTests {
    func provinceFolder() throws -> ProjectFolder {
        let folder = try ProjectFolder.withoutFigures()
        try FileManager.default.createDirectory(at: folder.input.appendingPathComponent("history/data"), withIntermediateDirectories: true)
        try folder.write("code,name,kind,parent\nP,Tỉnh P,province,\nN1,Xã Một,commune,P\nN2,Xã Hai,commune,P\n", to: "units.csv")
        try folder.write("code,name,kind,parent\nOP,Tỉnh cũ,province,\nD,Huyện cũ,district,OP\nO1,Xã Cũ Một,commune,D\nO2,Xã Cũ Hai,commune,D\nO3,Xã Cũ Ba,commune,D\n",
                         to: "history/units.csv")
        // O1 → N1 whole; O2 split 0,4 into N1 and 0,6 into N2; O3 → N2 whole.
        try folder.write("old_code,new_code,share\nO1,N1,\nO2,N1,\"0,4\"\nO2,N2,\"0,6\"\nO3,N2,\n", to: "history/crosswalk.csv")
        try folder.write("unit,labour_force,bhxh_bb\nO1,1000,100\nO2,2000,101\nO3,500,50\n", to: "history/data/2020.csv")
        try folder.write("unit,bhxh_bb\nN1,150\nN2,120\n", to: "data/2021.csv")
        try folder.writeOneAppendixPlan(id: "p-2021", area: "P", baseYear: 2020, years: [2021],
                                        target: #"{"method": "growth", "rates": {"2021": 10}}"#, document: """
        {"authority": "ỦY BAN NHÂN DÂN TỈNH P", "kind": "KẾ HOẠCH", "number": "1/KH-UBND",
         "place": "P", "date": "2021-01-05", "subject": "S", "bases": [],
         "signer": {"title": "CHỦ TỊCH", "name": "N"}, "recipients": ["Lưu: VT."]}
        """)
        return folder
    }

    func lines(_ data: Data?) -> [String] { ProjectFolder.lines(data) }

    @Test func theMovedFiguresAreThePlansBaseYear() throws {
        let folder = try provinceFolder()
        defer { folder.remove() }
        let (files, diagnostics) = try folder.build(strict: true)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let table = lines(files["plans/p-2021/phu-luc-1.csv"])
        // Labour force: O2's 2.000 splits 800 / 1.200; N1 = 1.000 + 800 = 1.800, N2 = 1.200 + 500 = 1.700.
        // bhxh_bb: O2's 101 → 40,4 / 60,6 → 40 / 61 (the one left over to the larger remainder);
        // N1 = 100 + 40 = 140 (7,78% of 1.800), N2 = 61 + 50 = 111 (6,53% of 1.700); 251 (7,17% of 3.500).
        // 2021 at +10%: 154 and 122,1 → 122; 276 (+9,96% on 251).
        #expect(table.suffix(4) == [
            "1,Xã Một,140,1800,7.78,154,1800,8.56,10.00",
            "2,Xã Hai,111,1700,6.53,122,1700,7.18,9.91",
            ",Toàn tỉnh,251,3500,7.17,276,3500,7.89,9.96",
            "Số liệu năm 2020 quy đổi theo địa giới mới.,,,,,,,,",
        ])
        #expect(table.contains { $0.contains("Thực hiện năm 2020") })
        // The report on 2021 grows from the moved 2020: 150 ÷ 140 − 1 = 7,14%.
        let report = lines(files["reports/p-2021/bang-1.csv"])
        #expect(report.suffix(2) == [",Toàn tỉnh,276,270,97.83,-6,7.57,3500,7.71", "Số liệu năm 2020 quy đổi theo địa giới mới.,,,,,,,,"])
        #expect(report.contains("1,Xã Một,154,150,97.40,-4,7.14,1800,8.33"))
        let figures = lines(files["plans/p-2021/figures.csv"])
        #expect(figures.contains { $0.hasPrefix("N2,Xã Hai,bhxh_bb,2020,actual,participants,111") })
        let markdown = String(decoding: files["plans/p-2021/phu-luc-1.md"] ?? Data(), as: UTF8.self)
        #expect(markdown.contains("| 2 | Xã Hai | 111 | 1.700 | 6,53 |"))
        #expect(markdown.contains("\n\n*Số liệu năm 2020 quy đổi theo địa giới mới.*\n"))
        let page = String(decoding: files["plans/p-2021/index.html"] ?? Data(), as: UTF8.self)
        #expect(page.contains("<p class=\"table-note\"><em>Số liệu năm 2020 quy đổi theo địa giới mới.</em></p>"))
        let unitPage = String(decoding: files["units/N1.html"] ?? Data(), as: UTF8.self)
        #expect(unitPage.contains("<p class=\"table-note\"><em>Số liệu năm 2020 quy đổi theo địa giới mới.</em></p>"))
        // The home page's sparklines include 2020; the scheme page shows 2021 only, counted in the new units.
        let home = String(decoding: files["index.html"] ?? Data(), as: UTF8.self)
        #expect(home.contains("<p class=\"table-note\"><em>Số liệu năm 2020 quy đổi theo địa giới mới.</em></p>"))
        let scheme = String(decoding: files["schemes/bhxh_bb.html"] ?? Data(), as: UTF8.self)
        #expect(scheme.contains("năm 2021"))
        #expect(!scheme.contains("địa giới mới"))
    }

    @Test func aSchemePageWhoseYearWasMovedSaysSo() throws {
        let folder = try provinceFolder()
        defer { folder.remove() }
        for file in ["data/2021.csv", "reports/p-2021.json"] {
            try FileManager.default.removeItem(at: folder.input.appendingPathComponent(file))
        }
        let scheme = String(decoding: try folder.build(strict: true).files["schemes/bhxh_bb.html"] ?? Data(), as: UTF8.self)
        #expect(scheme.contains("năm 2020"))
        #expect(scheme.contains("<p class=\"table-note\"><em>Số liệu năm 2020 quy đổi theo địa giới mới.</em></p>"))
    }

    @Test func withoutHistoryNoTableHasTheNote() async throws {
        let files = try await ExampleBuild.files()
        #expect(!files.isEmpty)
        #expect(!files.values.contains { String(decoding: $0, as: UTF8.self).contains("địa giới mới") })
    }
}
