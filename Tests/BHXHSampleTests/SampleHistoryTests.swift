import BHXHBuild
import BHXHCore
import BHXHSample
import DelimitedText
import Foundation
import Testing
import VietnameseFormat

extension NationalSampleTests {
    /// The national sample's history: 2015–2024 counted in the old register under `history/`, with
    /// the official conversion rows and made-up shares, moved by the tool into the new units. The
    /// expected counts are those of the shipped register files (10.051 old communes, 28 of them
    /// without a row; 10.565 rows, 11 of them naming an old code the old register does not have).
    @Suite struct SampleHistoryTests {
        /// The rows of a file of the default sample, without its header.
        func rows(_ path: String) async throws -> [[String]] {
            let file = try #require(await SharedSamples.national.value().files.first { $0.path == path })
            return Array(try DelimitedTextReader.read(file.bytes).records.map(\.fields).dropFirst())
        }

        @Test func theOldRegisterOfEveryOldCommuneWithARowAndAnAgencyPerOldProvince() async throws {
            let units = try await rows("history/units.csv")
            let kinds = SampleUnitsTests.kinds(units)
            #expect(kinds["commune", default: 0] + kinds["ward", default: 0] + kinds["township", default: 0] == 10_051 - 28)
            #expect(kinds["province", default: 0] + kinds["city", default: 0] - 86 == 63, "63 old provinces; 86 cities were districts")
            #expect(kinds["district", default: 0] + kinds["urban_district", default: 0] + kinds["town", default: 0] == 691 - 86)
            #expect(kinds["agency"] == 63)
            let everyOldUnit: Int = 10_023 + 691 + 63 + 63  // communes, districts, provinces, agencies
            #expect(units.count == everyOldUnit)
            #expect(units.first == ["01", "Thành phố Hà Nội", "city", ""])
            #expect(units.contains(["02-BHXH", "BHXH tỉnh Hà Giang", "agency", "02"]))
        }

        @Test func theOfficialRowsWithSharesForEverySplitCommuneAddingUpToOne() async throws {
            let crosswalk = try await rows("history/crosswalk.csv")
            let oldCodes = Set(try SampleUnitsTests.register("units-before-2025.csv").map { $0[0] })
            let official = try SampleUnitsTests.register("communes-2025-crosswalk.csv").filter { oldCodes.contains($0[0]) }
            #expect(official.count == 10_565 - 11)
            let communes = crosswalk.filter { !$0[0].hasSuffix("-BHXH") }
            #expect(communes.map { [$0[0], $0[1]] } == official.map { [$0[0], $0[1]] })
            let agencies = crosswalk.filter { $0[0].hasSuffix("-BHXH") }
            #expect(agencies.count == 63)
            // Old Hà Giang's agency went into Tuyên Quang's, with Tuyên Quang's own.
            #expect(agencies.filter { $0[1] == "08-BHXH" }.map(\.[0]) == ["02-BHXH", "08-BHXH"])
            let byOld = Dictionary(grouping: communes, by: \.[0])
            let split = byOld.filter { $0.value.count > 1 }
            #expect(split.count == 440, "441 split, one of them under an old code the old register lacks")
            for (code, group) in split {
                let shares = group.compactMap { Decimal(string: $0[2]) }
                #expect(shares.count == group.count && shares.allSatisfy { $0 > 0 } && shares.reduce(0, +) == 1, "\(code): \(group)")
            }
            #expect(byOld.values.filter { $0.count == 1 }.allSatisfy { $0[0][2].isEmpty }, "an old commune listed once moves whole")
        }

        @Test func theToolMovesTheHistoryIntoTheNewUnits() async throws {
            let figures = try #require(await SharedSamples.nationalCheck.value().figures)
            let project = figures.project
            let moved = project.data.datasets.filter(\.movedAcrossBoundary).map(\.year)
            #expect(moved == Array(2015...2024))
            let history2024 = try await rows("history/data/2024.csv")
            #expect(history2024.count == 10_023 + 63)
            let oldFigure = Dictionary(uniqueKeysWithValues: history2024.map { ($0[0], Int($0[3]) ?? -1) })  // bhxh_bb
            let crosswalk = try await rows("history/crosswalk.csv")
            let into = Dictionary(grouping: crosswalk, by: \.[1])
            let whole = Set(Dictionary(grouping: crosswalk, by: \.[0]).filter { $0.value.count == 1 }.keys)
            let dataset = try #require(project.data.dataset(year: 2024, status: .actual))
            var checked = 0
            // Every new commune fed by old communes that moved whole has their sum, 00097 among them.
            for (newCode, feeders) in into where feeders.allSatisfy({ whole.contains($0[0]) }) {
                let index = try #require(project.tree.index(of: newCode))
                let sum = feeders.reduce(0) { $0 + (oldFigure[$1[0]] ?? 0) }
                #expect(dataset.value(.participants(.bhxhBB), unit: index) == ExactNumber(sum), "\(newCode)")
                checked += 1
            }
            #expect(checked > 2_000)
            // The special zones no old commune went into have no history.
            for code in ["11948", "19742", "20333", "21548", "26732"] {
                let index = try #require(project.tree.index(of: code))
                #expect(dataset.value(.participants(.bhxhBB), unit: index) == nil, "\(code)")
                #expect(project.data.dataset(year: 2025, status: .estimate)?.value(.participants(.bhxhBB), unit: index) != nil)
            }
        }
    }
}
