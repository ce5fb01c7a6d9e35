import BHXHBuild
import BHXHCore
import BHXHOutput
import Foundation
import Testing

@Suite struct PipelineTests {
    func request(_ folder: ProjectFolder, strict: Bool = false, dialect: CSVDialect = .rfc4180) -> BuildRequest {
        BuildRequest(input: folder.input, inputDisplayPath: "input", output: folder.output,
                     csvDialect: dialect, strict: strict)
    }

    @Test func buildsTheShippedExample() async throws {
        let example = try await ExampleBuild.shared.value().get()
        let (outcome, files) = (example.outcome, example.files)
        #expect(outcome.failure == nil)
        #expect(outcome.diagnostics.filter { $0.severity == .error }.isEmpty)
        for path in ["README.md", "plans/bac-kan-2019-2020/figures.csv", "plans/bac-kan-2019-2020/phu-luc-1.csv",
                     "plans/bac-kan-2019-2020/phu-luc-3.csv", "reports/bac-kan-2019/bang-1.csv", "reports/bac-kan-2019/figures.csv"] {
            #expect(files[path] != nil, "missing \(path)")
        }
        #expect(files[OutputMarker.fileName] != nil, "the marker that says a build wrote the folder")
        #expect(outcome.files == files.count - 1, "every file but the marker")
        #expect(outcome.plans == 1 && outcome.reports == 1)
    }

    @Test func theSameInputGivesByteIdenticalOutput() throws {
        let folder = try ProjectFolder()
        defer { folder.remove() }
        _ = Pipeline.build(request(folder))
        let first = try folder.outputFiles()
        _ = Pipeline.build(request(folder))
        #expect(try folder.outputFiles() == first)
    }

    @Test func anInputErrorLeavesThePreviousOutputExactlyAsItWas() throws {
        let folder = try ProjectFolder()
        defer { folder.remove() }
        _ = Pipeline.build(request(folder))
        let before = try folder.outputFiles()
        try folder.write("unit,bhxh_bb\nBK-CDD,12\n", to: "data/2019.csv")
        let outcome = Pipeline.build(request(folder))
        #expect(outcome.failure == .input)
        #expect(outcome.diagnostics.map(\.description).contains("input/data/2019.csv:2:1: error: unit \"BK-CDD\" is not in units.csv; did you mean \"BK-CD\"?"))
        #expect(try folder.outputFiles() == before)
        // No staging folder is left behind.
        let siblings = try FileManager.default.contentsOfDirectory(atPath: folder.root.path)
        #expect(siblings.sorted() == ["input", "output"])
    }

    @Test func strictTurnsWarningsIntoAStop() throws {
        let folder = try ProjectFolder()
        defer { folder.remove() }
        // Participants above the labour force: a warning.
        try folder.write("unit,labour_force,bhxh_bb,bhtn,bhxh_tn\nBK-TP,100,4484,3696,380\n", to: "data/2018.estimate.csv")
        let relaxed = Pipeline.check(input: folder.input, displayPath: "input", strict: false)
        #expect(relaxed.0 != nil)
        #expect(relaxed.1.contains { $0.severity == .warning && $0.message.contains("more than its lực lượng lao động") })
        #expect(Pipeline.check(input: folder.input, displayPath: "input", strict: true).0 == nil)
    }

    @Test func theVietnameseDialectUsesSemicolonsAndDecimalCommas() throws {
        let folder = try ProjectFolder()
        defer { folder.remove() }
        _ = Pipeline.build(request(folder, dialect: .vi))
        let table = try #require(try folder.outputFiles()["plans/bac-kan-2019-2020/phu-luc-1.csv"])
        let text = try #require(String(data: table, encoding: .utf8))
        #expect(text.contains("1;Thành phố Bắc Kạn;4466;4484;20845;21,511;4551;20845;21,833;1,494;4642;20845;22,269;2,000\r\n"))
    }
}
