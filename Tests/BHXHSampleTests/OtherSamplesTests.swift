import BHXHSample
import Testing

/// Samples of another scale or another size, made by each test for itself; outside
/// `NationalSampleTests`, since they wait for nothing shared.
@Suite struct OtherSamplesTests {
    @Test func scaleTwoDoublesTheCommunesButNotTheProvincesOrAgencies() throws {
        let rows = try NationalSampleTests.SampleUnitsTests.units(NationalSample(scale: 2).generate())
        let kinds = NationalSampleTests.SampleUnitsTests.kinds(rows)
        #expect(kinds["commune", default: 0] + kinds["ward", default: 0] + kinds["special", default: 0] == 2 * 3_321)
        #expect(kinds["province", default: 0] + kinds["city", default: 0] == 34)
        #expect(kinds["agency"] == 34)
        #expect(rows.contains { $0[0] == "00004-2" && $0[1] == "Phường Ba Đình (2)" })
    }

    @Test func aFewProvincesAreValidToo() throws {
        let (figures, diagnostics) = SharedSamples.check(try NationalSample(seed: 11, scale: 2, provinces: 3).generate(), as: "three")
        #expect(diagnostics.isEmpty, "\(diagnostics.prefix(10).map(\.description).joined(separator: "\n"))")
        #expect(figures?.plans.count == 3)
    }
}
