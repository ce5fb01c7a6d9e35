import BHXHSample
import DelimitedText
import Foundation
import Testing

extension NationalSampleTests {
    /// units.csv of the national sample: the country, its 34 provinces, their 3,321 communes, wards
    /// and special zones (times the scale) under their official codes and names, and one agency per
    /// province, with names in NFC.
    @Suite struct SampleUnitsTests {
        /// The rows of units.csv (without the header) of `sample`.
        static func units(_ sample: SampleFolder, file: String = "units.csv") throws -> [[String]] {
            let file = try #require(sample.files.first { $0.path == file })  // units.csv or history/units.csv
            let records = try DelimitedTextReader.read(file.bytes).records.map(\.fields)
            #expect(records.first == ["code", "name", "kind", "parent"])
            return Array(records.dropFirst())
        }

        /// How many rows of each kind.
        static func kinds(_ rows: [[String]]) -> [String: Int] {
            rows.reduce(into: [:]) { counts, row in counts[row[2], default: 0] += 1 }
        }

        /// The rows of the register file shipped with the program, read here with the CSV reader.
        static func register(_ name: String) throws -> [[String]] {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Sources/AdministrativeRegister/register/\(name)")
            return Array(try DelimitedTextReader.read([UInt8](try Data(contentsOf: url))).records.map(\.fields).dropFirst())
        }

        @Test func theDefaultSampleHasTheCountry34ProvincesAnd3321CommunesAndAnAgencyEach() async throws {
            let rows = try Self.units(await SharedSamples.national.value())
            let kinds = Self.kinds(rows)
            #expect(rows.first == ["VN", "Việt Nam", "country", ""])
            #expect(kinds["province"] == 28 && kinds["city"] == 6)
            #expect(kinds["commune"] == 2_621 && kinds["ward"] == 687 && kinds["special"] == 13)
            #expect(kinds["agency"] == 34)
            let everyUnit: Int = 1 + 34 + 3_321 + 34  // the country, its provinces, communes and agencies
            #expect(rows.count == everyUnit)
            #expect(Set(rows.map { $0[0] }).count == rows.count, "unit codes are unique")

            let provinces = Set(rows.filter { $0[3] == "VN" }.map { $0[0] })
            #expect(provinces.count == 34)
            #expect(rows.dropFirst().allSatisfy { $0[3] == "VN" || provinces.contains($0[3]) }, "every other unit belongs to a province")
            let agencyParents = rows.filter { $0[2] == "agency" }.map { $0[3] }
            #expect(Set(agencyParents) == provinces, "one agency in each province")
            #expect(rows.contains(["01-BHXH", "BHXH thành phố Hà Nội", "agency", "01"]))
        }

        @Test func theCodesNamesAndKindsAreTheOfficialOnes() async throws {
            let rows = try Self.units(await SharedSamples.national.value()).filter { $0[2] != "agency" && $0[2] != "country" }
            // The register's own lower-case "xã Bắc Sơn" is printed with a capital.
            let official = try Self.register("units-2025.csv").map { row in
                [row[0], row[0] == "06325" ? "Xã Bắc Sơn" : row[1], row[2], row[3].isEmpty ? "VN" : row[3]]
            }
            #expect(rows == official)
        }

        /// The reader composes what it reads, so the file's own bytes are checked.
        @Test func everyNameIsNFC() async throws {
            let sample = await SharedSamples.national.value()
            let bytes = try #require(sample.files.first { $0.path == "units.csv" }).bytes
            #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
            let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
            #expect(Array(text.utf8) == Array(bytes.dropFirst(3)), "units.csv is valid UTF-8")

            let names = try Self.units(sample).map { $0[1] }
            #expect(names.allSatisfy { !$0.isEmpty })
            let lines = text.split(separator: "\r\n", omittingEmptySubsequences: false)
            #expect(lines.count == names.count + 2, "a header, a line per unit and the final line break")
            let notNFC = lines.filter { Array($0.unicodeScalars) != Array(String($0).precomposedStringWithCanonicalMapping.unicodeScalars) }
            #expect(notNFC.isEmpty, "lines not in NFC: \(notNFC.prefix(3))")
        }
    }
}
