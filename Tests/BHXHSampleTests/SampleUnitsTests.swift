import BHXHSample
import DelimitedText
import Foundation
import Testing

/// units.csv of the national sample: 34 provinces, 3,321 communes, wards and special zones
/// (times the scale) and one agency per province, with names in NFC.
@Suite struct SampleUnitsTests {
    /// The rows of units.csv (without the header) of `sample`.
    static func units(_ sample: SampleFolder) throws -> [[String]] {
        let file = try #require(sample.files.first { $0.path == "units.csv" })
        let records = try DelimitedTextReader.read(file.bytes).records.map(\.fields)
        #expect(records.first == ["code", "name", "kind", "parent"])
        return Array(records.dropFirst())
    }

    /// How many rows of each kind.
    static func kinds(_ rows: [[String]]) -> [String: Int] {
        rows.reduce(into: [:]) { counts, row in counts[row[2], default: 0] += 1 }
    }

    @Test func theDefaultSampleHas34ProvincesAnd3321CommunesAndAnAgencyEach() throws {
        let rows = try Self.units(SampleFilesTests.national)
        let kinds = Self.kinds(rows)
        #expect(kinds["province", default: 0] + kinds["city", default: 0] == 34)
        #expect(kinds["city"] == 6)
        #expect(kinds["commune", default: 0] + kinds["ward", default: 0] + kinds["special", default: 0] == 3_321)
        #expect(kinds["special"] == 13)
        #expect(kinds["agency"] == 34)
        #expect(rows.count == 34 + 3_321 + 34)
        #expect(Set(rows.map { $0[0] }).count == rows.count, "unit codes are unique")

        let provinces = Set(rows.filter { $0[3].isEmpty }.map { $0[0] })
        #expect(provinces.count == 34)
        #expect(rows.allSatisfy { $0[3].isEmpty || provinces.contains($0[3]) }, "every other unit belongs to a province")
        let agencyParents = rows.filter { $0[2] == "agency" }.map { $0[3] }
        #expect(Set(agencyParents) == provinces, "one agency in each province")
    }

    @Test func scaleTwoDoublesTheCommunesButNotTheProvincesOrAgencies() throws {
        let kinds = Self.kinds(try Self.units(NationalSample(scale: 2).generate()))
        #expect(kinds["commune", default: 0] + kinds["ward", default: 0] + kinds["special", default: 0] == 2 * 3_321)
        #expect(kinds["province", default: 0] + kinds["city", default: 0] == 34)
        #expect(kinds["agency"] == 34)
    }

    /// The reader composes what it reads, so the file's own bytes are checked.
    @Test func everyNameIsNFC() throws {
        let sample = SampleFilesTests.national
        let bytes = try #require(sample.files.first { $0.path == "units.csv" }).bytes
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(Array(text.utf8) == Array(bytes.dropFirst(3)), "units.csv is valid UTF-8")

        let names = try Self.units(sample).map { $0[1] }
        #expect(names.allSatisfy { !$0.isEmpty })
        #expect(names.contains { $0.unicodeScalars.contains { $0.value > 0x7F } }, "the names are Vietnamese, not ASCII")
        let lines = text.split(separator: "\r\n", omittingEmptySubsequences: false)
        #expect(lines.count == names.count + 2, "a header, a line per unit and the final line break")
        let notNFC = lines.filter { Array($0.unicodeScalars) != Array(String($0).precomposedStringWithCanonicalMapping.unicodeScalars) }
        #expect(notNFC.isEmpty, "lines not in NFC: \(notNFC.prefix(3))")
    }
}
