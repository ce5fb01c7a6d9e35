import BHXHSample
import Testing

extension NationalSampleTests {
    /// The files of the national sample: which ones, and that a seed fixes their bytes.
    @Suite struct SampleFilesTests {
        @Test func theFolderHasUnitsHistoryDataAndAPlanAndReportPerProvince() async {
            let national = await SharedSamples.national.value()
            let paths = national.files.map(\.path)
            let history = ["history/units.csv", "history/crosswalk.csv"] + (2015...2024).map { "history/data/\($0).csv" }
            let data = ["data/2025-09.csv", "data/2025.estimate.csv", "data/2026.estimate.csv"]
            #expect(Array(paths.prefix(16)) == ["units.csv"] + history + data)
            #expect(paths.count == 16 + 34 * 4)
            #expect(Set(paths).count == paths.count, "no path twice")
            #expect(!paths.contains { $0.hasPrefix("data/20") && $0 < "data/2025" }, "the years before 2025 are in history/data/ only")

            let plans = paths.filter { $0.hasPrefix("plans/") && $0.hasSuffix("-2026-2030.json") }
            #expect(plans.count == 34)
            #expect(plans.first == "plans/ha-noi-2026-2030.json")
            #expect(plans.contains("plans/ho-chi-minh-2026-2030.json") && plans.contains("plans/lang-son-2026-2030.json"))
            for plan in plans {
                let stem = plan.dropFirst("plans/".count).dropLast("-2026-2030.json".count)
                #expect(paths.contains("plans/\(stem)-2026-2030.md"))
                #expect(paths.contains("reports/\(stem)-2026.json"))
                #expect(paths.contains("reports/\(stem)-2026.md"))
            }
            #expect(paths.filter { $0.hasPrefix("reports/") }.count == 68)
            #expect(national.files.allSatisfy { !$0.bytes.isEmpty })
            #expect(national.byteCount == national.files.reduce(0) { $0 + $1.bytes.count })
        }

        /// The paths do not depend on the seed: seed 1's three provinces against the default national sample.
        @Test func fewerProvincesTakeTheTopOfTheList() async throws {
            let paths = try #require(await SharedSamples.threeProvinces.value()).files.map(\.path)
            let national = await SharedSamples.national.value()
            #expect(paths.count == 16 + 3 * 4)
            #expect(paths.filter { $0.hasSuffix("-2026-2030.json") } == Array(national.files.map(\.path).filter { $0.hasSuffix("-2026-2030.json") }.prefix(3)))
        }

        /// A second generation, with the default seed given explicitly, against the shared one.
        @Test func theSameSeedGivesTheSameBytes() async throws {
            let again = try NationalSample(seed: NationalSample.defaultSeed).generate()
            let national = await SharedSamples.national.value()
            #expect(again.files.map(\.path) == national.files.map(\.path))
            let different = zip(again.files, national.files).filter { $0.bytes != $1.bytes }.map(\.0.path)
            #expect(different.isEmpty)
            #expect(again.files.map(\.bytes) == national.files.map(\.bytes))
        }

        @Test func anotherSeedGivesOtherFiguresAndSharesOnTheSameRegister() async throws {
            let one = try #require(await SharedSamples.threeProvinces.value())
            let other = try NationalSample(seed: 2, provinces: 3).generate()
            #expect(one.files.map(\.path) == other.files.map(\.path), "the same files")
            let changed = Set(zip(one.files, other.files).filter { $0.bytes != $1.bytes }.map(\.0.path))
            #expect(!changed.contains("units.csv") && !changed.contains("history/units.csv"), "the official units whatever the seed")
            #expect(changed.contains("history/crosswalk.csv"), "other made-up shares")
            #expect(changed.isSuperset(of: (2015...2024).map { "history/data/\($0).csv" }))
            #expect(changed.contains("data/2026.estimate.csv"))
            #expect(changed.contains("plans/ha-noi-2026-2030.json"))
        }
    }
}
