import BHXHBuild
import Foundation
import Testing

/// The shipped example with one cell or one rate changed as issue 11 found them: each is an
/// error at its place and nothing is written — or, for a doubtful rate, a warning and a build.
@Suite struct StrictInputTests {
    func build(replacing old: String, with new: String, in file: String) throws -> (BuildOutcome, [String], Bool) {
        let folder = try ProjectFolder()
        defer { folder.remove() }
        let url = folder.input.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(old), "the example no longer has \(old)")
        try folder.write(text.replacingOccurrences(of: old, with: new), to: file)
        let outcome = Pipeline.build(BuildRequest(input: folder.input, inputDisplayPath: "input", output: folder.output))
        let written = FileManager.default.fileExists(atPath: folder.output.path)
        return (outcome, outcome.diagnostics.map(\.description), written)
    }

    @Test func anUnquotedThousandsCommaStopsTheBuildAtItsLine() throws {
        let (outcome, problems, written) = try build(replacing: "BK-CD,29849,", with: "BK-CD,29,849,", in: "data/2018.estimate.csv")
        #expect(outcome.failure == .input)
        #expect(!written)
        #expect(problems.contains { $0.hasPrefix("input/data/2018.estimate.csv:3: error: this row has 6 cells but the first row names 5 columns") })
    }

    @Test func aGrowthRateOfMinus200StopsTheBuild() throws {
        let (outcome, problems, written) = try build(replacing: #""rates": {"2019": 1.5, "2020": 2}},"#,
                                                     with: #""rates": {"2019": -200, "2020": 2}},"#, in: "plans/bac-kan-2019-2020.json")
        #expect(outcome.failure == .input)
        #expect(!written)
        #expect(problems.contains { $0.hasPrefix("input/plans/bac-kan-2019-2020.json:39:") && $0.contains("is -200%, a fall of 100% or more") })
    }

    @Test func aRateWithFiveDecimalsIsAWarningAndThePlanIsBuilt() throws {
        // Before, any diagnostic of a plan — a warning too — left the plan out (and its report failed).
        let (outcome, problems, written) = try build(replacing: #""rates": {"2019": 1.5, "2020": 2}},"#,
                                                     with: #""rates": {"2019": 1.51234, "2020": 2}},"#, in: "plans/bac-kan-2019-2020.json")
        #expect(outcome.failure == nil, "\(problems)")
        #expect(written)
        #expect(problems.contains { $0.contains("warning: the value for 2019 in \"rates\" (1.51234) has more than 4 decimals") })
    }
}
