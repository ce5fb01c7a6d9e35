import AdministrativeRegister
import BHXHBuild
import BHXHInit
import Foundation
import Testing

/// The folder `init` writes, checked against the reference files (the expected counts were
/// counted from them with other tools): Lạng Sơn (20) has 65 communes, wards and special zones;
/// Tuyên Quang (08) was made of old Tuyên Quang and old Hà Giang.
@Suite struct ProvinceProjectTests {
    static let register = Result { () throws(RegisterError) in try ShippedRegister.load() }

    func project(_ code: String, history: Bool = false) throws -> [String: String] {
        let register = try Self.register.get()
        let province = try #require(register.current.unit(code: code))
        let folder = ProvinceProject(province: province, register: register, withHistory: history).generate()
        return Dictionary(folder.files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) }, uniquingKeysWith: { $1 })
    }

    /// The lines of a CSV file written for Excel, without its byte order mark.
    func lines(_ text: String?) -> [String] {
        (text ?? "").replacingOccurrences(of: "\u{FEFF}", with: "").split(separator: "\r\n").map(String.init)
    }

    @Test func unitsAreTheOfficialCommunesWithAnAgencyRow() throws {
        let files = try project("20")
        #expect(Set(files.keys) == ["units.csv", "data/2025.csv", "plans/lang-son-2026-2030.json", "plans/lang-son-2026-2030.md", "README.md"])
        let units = lines(files["units.csv"])
        #expect(units.count == 1 + 1 + 65 + 1)
        #expect(units[0] == "code,name,kind,parent")
        #expect(units[1] == "20,Tỉnh Lạng Sơn,province,")
        #expect(units[2] == "05977,Phường Đông Kinh,ward,20")
        #expect(units.last == "20-BHXH,BHXH tỉnh,agency,20")
        // The register's "xã Bắc Sơn" with a capital.
        #expect(units.contains("06325,Xã Bắc Sơn,commune,20"))
        #expect(units.dropFirst(2).allSatisfy { $0.hasSuffix(",20") })
        // Names in NFC.
        let text = try #require(files["units.csv"])
        #expect(text.unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test func theDataTemplateHasARowPerUnitAndNoFigure() throws {
        let data = lines(try project("20")["data/2025.csv"])
        #expect(data[0] == "unit,name,labour_force,population,bhxh_bb,bhxh_tn,bhtn,bhyt")
        #expect(data.count == 1 + 65 + 1)
        #expect(data[1] == "05977,Phường Đông Kinh,,,,,,")
        #expect(data.last == "20-BHXH,BHXH tỉnh,,,,,,")
        #expect(data.dropFirst().allSatisfy { $0.hasSuffix(",,,,,,") })
    }

    @Test func thePlanIsClearlyASkeleton() throws {
        let files = try project("79")
        let plan = try #require(files["plans/ho-chi-minh-2026-2030.json"])
        #expect(plan.contains("\"draft\": true"))
        #expect(plan.contains("\"authority\": \"ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\""))
        #expect(plan.contains("\"place\": \"Hồ Chí Minh\""))
        #expect(plan.contains("[BẢN KHUNG"))
        #expect(plan.contains("\"area\": \"79\""))
        #expect(try #require(files["plans/ho-chi-minh-2026-2030.md"]).hasPrefix("**BẢN KHUNG.**"))
        // A centrally-run city's agency.
        #expect(lines(files["units.csv"]).last == "79-BHXH,BHXH thành phố,agency,79")
    }

    @Test func theHistoryIsTheOldRegisterOfItsCommunesAndTheirRows() throws {
        let files = try project("08", history: true)
        let units = lines(files["history/units.csv"])
        // 329 old communes, 18 old districts and 2 old provinces.
        #expect(units.count == 1 + 349)
        #expect(units[0] == "code,name,kind,parent")
        #expect(units[1] == "02,Tỉnh Hà Giang,province,")
        #expect(units.filter { $0.hasSuffix(",") }.map { $0.prefix(3) } == ["02,", "08,"])
        let crosswalk = lines(files["history/crosswalk.csv"])
        #expect(crosswalk[0] == "old_code,new_code,share")
        #expect(crosswalk.count == 1 + 335)
        // Every share blank; Phường Quang Trung (00688) went into two new wards.
        #expect(crosswalk.dropFirst().allSatisfy { $0.hasSuffix(",") })
        #expect(crosswalk.filter { $0.hasPrefix("00688,") } == ["00688,00691,", "00688,00694,"])
        let readme = try #require(files["README.md"])
        #expect(readme.contains("6 old communes were split"))
        #expect(readme.contains("335 rows"))
    }

    @Test func whatItWritesValidates() throws {
        let register = try Self.register.get()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bhxh-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let province = try #require(register.current.unit(code: "20"))
        try ProvinceProject(province: province, register: register, withHistory: false).generate().write(to: folder, replacing: false)
        let (figures, diagnostics) = Pipeline.check(input: folder, displayPath: "lang-son", strict: false)
        #expect(figures != nil)
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics.prefix(3))")
    }

    @Test func withHistoryValidatePointsAtEveryShareToFillIn() throws {
        let register = try Self.register.get()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bhxh-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let province = try #require(register.current.unit(code: "08"))
        try ProvinceProject(province: province, register: register, withHistory: true).generate().write(to: folder, replacing: false)
        let (_, diagnostics) = Pipeline.check(input: folder, displayPath: "tuyen-quang", strict: false)
        let errors = diagnostics.filter { $0.severity == .error }.map(\.description)
        // The six split old communes (00688, 00967, 00988, 02485, 02494, 02497), two rows each, and nothing else.
        #expect(errors.count == 12, "\(errors.prefix(3))")
        #expect(errors.allSatisfy { $0.hasPrefix("tuyen-quang/history/crosswalk.csv:") && $0.contains(": fill in the share of ") })
        #expect(errors.first == "tuyen-quang/history/crosswalk.csv:2:3: error: old unit 00688 (Phường Quang Trung) is split over 2 new units (lines 2, 3): fill in the share of 00688 that went into 00691 (Phường Hà Giang 2)")
    }
}
