import BHXHBuild
import Foundation
import Testing

/// A small project of two provinces whose communes share a name ("Xã Tân Hòa" in both), with an
/// actual year (2018), an estimated year (2019) and a plan for Lạng Sơn: enough for the list of
/// all units, a province's table of communes and the legends of estimates.
enum TwoProvinces {
    /// Writes the project into a scratch folder and builds it; returns the output files as text by path.
    static func build() throws -> [String: String] {
        let folder = try ProjectFolder.withoutFigures()
        defer { folder.remove() }
        try folder.write("""
        code,name,kind,parent
        LS,Tỉnh Lạng Sơn,province,
        LS-2,Xã Tân Hòa,commune,LS
        LS-1,Phường Đông Kinh,ward,LS
        LS-3,Xã Ái Quốc,commune,LS
        LS-B,BHXH tỉnh,agency,LS
        HY,Tỉnh Hưng Yên,province,
        HY-1,Xã Tân Hòa,commune,HY
        HY-2,Xã An Vĩ,commune,HY

        """, to: "units.csv")
        try folder.write("unit,labour_force,bhxh_bb\nLS-1,1000,100\nLS-2,1000,200\nLS-3,1000,300\nLS-B,,50\nHY-1,2000,400\nHY-2,2000,500\n",
                         to: "data/2018.csv")
        try folder.write("unit,labour_force,bhxh_bb\nLS-1,1000,90\nLS-2,1000,220\nLS-3,1000,330\nLS-B,,55\nHY-1,2000,440\nHY-2,2000,550\n",
                         to: "data/2019.estimate.csv")
        try folder.write("""
        {"document": {"authority": "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "kind": "KẾ HOẠCH", "number": "1/KH-UBND", "place": "Lạng Sơn",
                      "date": "2018-12-01", "subject": "Phát triển đối tượng năm 2019", "signer": {"title": "CHỦ TỊCH", "name": "N"}},
         "area": "LS", "base": {"year": 2018}, "years": [2019],
         "appendices": [{"number": 1, "scheme": "bhxh_bb", "title": "T", "target": {"method": "growth", "rates": {"2019": 10}}}]}
        """, to: "plans/ls-2019.json")
        let outcome = Pipeline.build(BuildRequest(input: folder.input, inputDisplayPath: "input", output: folder.output))
        #expect(outcome.failure == nil, "\(outcome.diagnostics.map(\.description))")
        return try folder.outputFiles().mapValues { String(decoding: $0, as: UTF8.self) }
    }
}
