import AdministrativeRegister
import Foundation
import Testing

/// The shipped register, read as the program reads it; the expected counts are those of the
/// reference files (counted with other tools) and of the official lists.
@Suite struct ShippedRegisterTests {
    static let register = Result { () throws(RegisterError) in try ShippedRegister.load() }

    func shipped() throws -> ShippedRegister { try Self.register.get() }

    @Test func theCurrentRegisterHas34ProvincesAnd3321Communes() throws {
        let current = try shipped().current
        #expect(current.units.count == 3_355)
        #expect(current.roots.count == 34)
        #expect(current.roots.first?.name == "Thành phố Hà Nội")
        #expect(current.roots.last?.name == "Tỉnh Cà Mau")
        #expect(current.units.filter { $0.parentCode != nil }.count == 3_321)
        #expect(Dictionary(grouping: current.units, by: \.kind).mapValues(\.count)
            == ["province": 28, "city": 6, "commune": 2_621, "ward": 687, "special": 13])
        let langSon = try #require(current.unit(code: "20"))
        #expect(langSon.name == "Tỉnh Lạng Sơn" && langSon.kind == "province" && langSon.parentCode == nil)
        #expect(current.children(of: "20").count == 65)
        #expect(current.children(of: "20").first?.name == "Phường Đông Kinh")
        // Every name is NFC.
        #expect(current.units.allSatisfy { $0.name.unicodeScalars.elementsEqual($0.name.precomposedStringWithCanonicalMapping.unicodeScalars) })
    }

    @Test func theOldRegisterHasProvincesDistrictsAndCommunes() throws {
        let before = try shipped().before
        #expect(before.units.count == 63 + 696 + 10_051)
        #expect(before.roots.count == 63)
        let kinds = Dictionary(grouping: before.units, by: \.kind).mapValues(\.count)
        #expect(kinds["township"] == 618 && kinds["urban_district"] == 49 && kinds["town"] == 52 && kinds["district"] == 509)
        // Phường Phúc Xá, in Quận Ba Đình of Hà Nội.
        #expect(before.ancestors(of: "00001").map(\.name) == ["Quận Ba Đình", "Thành phố Hà Nội"])
        #expect(before.descendants(of: "01").first?.name == "Quận Ba Đình")
    }

    @Test func theConversionTables() throws {
        let register = try shipped()
        #expect(register.communes.rows.count == 10_565)
        #expect(register.provinces.rows.count == 64)  // 63 old provinces, one of them (82) on two rows
        // Phường Phúc Xá (00001) went whole into Phường Hồng Hà (00097); 00007 was split.
        #expect(register.communes.rows(fromOld: "00001") == [.init(oldCode: "00001", newCode: "00097", oldWhole: true)])
        #expect(register.communes.rows(fromOld: "00007").allSatisfy { $0.oldWhole == false })
        // 441 old communes are listed on more than one row.
        let counts = Dictionary(grouping: register.communes.rows, by: \.oldCode).mapValues(\.count)
        #expect(counts.values.filter { $0 > 1 }.count == 441)
        // Old Lạng Sơn (20) became new Lạng Sơn; old Hà Giang (02) went into Tuyên Quang (08).
        #expect(register.provinces.rows(fromOld: "02").map(\.newCode) == ["08"])
        #expect(Set(register.provinces.rows(toNew: "08").map(\.oldCode)) == ["02", "08"])
        #expect(register.sourceNote.contains("vietnam-provinces"))
    }

    @Test func aProvinceIsFoundByCodeOrByNameInAnySpelling() throws {
        let current = try shipped().current
        for query in ["20", "lang son", "Lạng Sơn", "LẠNG SƠN", "Tỉnh Lạng Sơn", "tinh lang son", " lang  son "] {
            #expect(current.find(query) == .found(try #require(current.unit(code: "20"))), "\(query)")
        }
        #expect(current.find("Hồ Chí Minh") == .found(try #require(current.unit(code: "79"))))
        #expect(current.find("thanh pho ho chi minh") == .found(try #require(current.unit(code: "79"))))
        // "Sơn" is part of Sơn La and Lạng Sơn.
        guard case .ambiguous(let both) = current.find("son") else {
            Issue.record("\"son\" should be ambiguous")
            return
        }
        #expect(Set(both.map(\.code)) == ["14", "20"])
        // A part of one name only.
        #expect(current.find("lang") == .found(try #require(current.unit(code: "20"))))
        #expect(current.find("Atlantis") == .none)
        #expect(current.find("") == .none)
        // Among a province's communes.
        let communes = current.children(of: "20")
        #expect(current.find("bac son", among: communes) == .found(try #require(current.unit(code: "06325"))))
    }

    @Test func aNameInLowerCaseIsPrintedWithACapital() throws {
        let unit = try #require(try shipped().current.unit(code: "06325"))
        #expect(unit.name == "xã Bắc Sơn")
        #expect(unit.printedName == "Xã Bắc Sơn")
        #expect(RegisterUnit(code: "1", name: "Đặc khu Phú Quốc", kind: "special", parentCode: nil).printedName == "Đặc khu Phú Quốc")
    }

    @Test func aMissingOrDamagedFileIsAnErrorThatSaysSo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("register-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: RegisterError.self) { try ShippedRegister.load(from: folder) }
        do {
            _ = try ShippedRegister.load(from: folder)
        } catch {
            #expect(error.description.hasSuffix("units-2025.csv: error: this file of the official register is missing — install the program again"))
        }
        try Data("code,name,kind\n01,Hà Nội,city\n".utf8).write(to: folder.appendingPathComponent("units-2025.csv"))
        do {
            _ = try ShippedRegister.load(from: folder)
            Issue.record("a file without a parent column was read")
        } catch {
            #expect(error.message == "the register file has no \"parent\" column — install the program again")
        }
        #expect(throws: RegisterError.self) { try UnitRegister(csv: Array("code,name,kind,parent\n01,A,city,\n01,B,city,\n".utf8), path: "x") }
        #expect(throws: RegisterError.self) { try UnitRegister(csv: Array("code,name,kind,parent\n01,A,city,99\n".utf8), path: "x") }
        #expect(throws: RegisterError.self) { try UnitRegister(csv: Array("code,name,kind,parent\n01,A,city\n".utf8), path: "x") }
    }
}
