import BHXHBuild
import Foundation
import Testing

/// A country as the root of the tree (2 provinces × 2 communes, data by commune): a plan whose
/// area is the country has the provinces as rows and "Toàn quốc" as total; a plan for one province
/// under it has that province's communes; the report, the tidy figures and the pages follow.
@Suite struct CountryRootTests {
    /// A country of two provinces with two communes each; figures by commune only.
    func countryFolder() throws -> ProjectFolder {
        let folder = try ProjectFolder.withoutFigures()
        try folder.write("""
        code,name,kind,parent
        VN,Việt Nam,country,
        A,Tỉnh A,province,VN
        A1,Xã A Một,commune,A
        A2,Phường A Hai,ward,A
        B,Thành phố B,city,VN
        B1,Xã B Một,commune,B
        B2,Đặc khu B Hai,special,B

        """, to: "units.csv")
        try folder.write("unit,labour_force,bhxh_bb\nA1,1000,110\nA2,2000,440\nB1,3000,330\nB2,500,55\n", to: "data/2025.csv")
        try folder.write("unit,labour_force,bhxh_bb\nA1,1000,120\nA2,2000,480\nB1,3000,360\nB2,500,60\n", to: "data/2026.csv")
        for (id, area, authority) in [("vn-2026", "VN", "CHÍNH PHỦ"), ("a-2026", "A", "ỦY BAN NHÂN DÂN TỈNH A")] {
            try folder.writeOneAppendixPlan(id: id, area: area, baseYear: 2025, years: [2026],
                                            target: #"{"method": "growth", "rates": {"2026": 10}}"#, document: """
            {"authority": "\(authority)", "kind": "KẾ HOẠCH", "number": "1/KH", "place": "Hà Nội",
             "date": "2025-12-01", "subject": "S", "signer": {"title": "T", "name": "N"}}
            """)
        }
        return folder
    }

    /// The rows of a table: numbered rows and the total row.
    func body(_ table: [String]) -> [String] {
        table.filter { $0.first?.isNumber == true || $0.hasPrefix(",Toàn") }
    }

    @Test func aPlanOverTheCountryHasTheProvincesAsRows() throws {
        let folder = try countryFolder()
        defer { folder.remove() }
        let (files, diagnostics) = try folder.build(strict: true)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        // A = 110 + 440 = 550 of 3.000 (18,33%), × 1,1 = 605 (20,17%); B = 330 + 55 = 385 of 3.500
        // (11,00%), × 1,1 = 423,5 → 424 (12,11%, +10,13%); the country 935 of 6.500 (14,38%),
        // 605 + 424 = 1.029 (15,83%, 1.029 ÷ 935 = +10,05%).
        #expect(body(ProjectFolder.lines(files["plans/vn-2026/phu-luc-1.csv"])) == [
            "1,Tỉnh A,550,3000,18.33,605,3000,20.17,10.00",
            "2,Thành phố B,385,3500,11.00,424,3500,12.11,10.13",
            ",Toàn quốc,935,6500,14.38,1029,6500,15.83,10.05",
        ])
        // The plan of province A under the country: its communes, 110 → 121, 440 → 484.
        #expect(body(ProjectFolder.lines(files["plans/a-2026/phu-luc-1.csv"])) == [
            "1,Xã A Một,110,1000,11.00,121,1000,12.10,10.00",
            "2,Phường A Hai,440,2000,22.00,484,2000,24.20,10.00",
            ",Toàn tỉnh,550,3000,18.33,605,3000,20.17,10.00",
        ])
        // The report: A 600 of 605 = 99,17%; B 420 of 424 = 99,06%; 1.020 of 1.029 = 99,13%;
        // growth 600 ÷ 550, 420 ÷ 385 and 1.020 ÷ 935 all +9,09%; coverage 20,00%, 12,00%, 15,69%.
        #expect(body(ProjectFolder.lines(files["reports/vn-2026/bang-1.csv"])) == [
            "1,Tỉnh A,605,600,99.17,-5,9.09,3000,20.00",
            "2,Thành phố B,424,420,99.06,-4,9.09,3500,12.00",
            ",Toàn quốc,1029,1020,99.13,-9,9.09,6500,15.69",
        ])
        // The tidy figures name the total row by the country's code and "Toàn quốc".
        let figures = ProjectFolder.lines(files["plans/vn-2026/figures.csv"])
        #expect(figures.contains("VN,Toàn quốc,bhxh_bb,2026,target,participants,1029"))
        #expect(figures.contains("A,Tỉnh A,bhxh_bb,2026,target,participants,605"))
        #expect(!figures.contains { $0.hasPrefix("A1,") })
        // The home page is the country's: the provinces side by side, in alphabetical order — B
        // 420 of 3.500 = 12,00%, 420 of 424 = 99,06% of the target, 420 ÷ 385 = +9,09%; A 600 of
        // 3.000 = 20,00%, 600 of 605 = 99,17%, 600 ÷ 550 = +9,09%.
        let home = HTMLElements(String(decoding: try #require(files["index.html"]), as: UTF8.self))
        #expect(home.named("h1").first?.text.hasSuffix("– Việt Nam") == true)
        let table = try #require(home.withClass("children").first)
        let rows = home.inside(table, named: "tr").map { row in Array(home.inside(row).filter { $0.name == "td" || $0.name == "th" }.map(\.text).prefix(5)) }
        #expect(rows.contains(["1", "Thành phố B", "12,00", "99,06", "+9,09"]))
        #expect(rows.contains(["2", "Tỉnh A", "20,00", "99,17", "+9,09"]))
        let links = home.inside(table, named: "a").compactMap { $0.attributes["href"] }
        #expect(links.contains("units/B.html") && links.contains("units/A.html") && links.contains("schemes/bhxh_bb.html"))
        // Every unit has its page, the country too.
        for code in ["VN", "A", "A1", "A2", "B", "B1", "B2"] {
            #expect(files["units/\(code).html"] != nil, "units/\(code).html")
        }
    }
}
