import BHXHBuild
import Foundation
import Testing

/// Input written to break things: names that are code, codes that are paths, bytes that are
/// not text. The build reports them or renders them harmless; it never crashes or writes
/// outside its folder.
@Suite struct HostileInputTests {
    static let units = """
    code,name,kind,parent
    BK,Tỉnh Bắc Kạn,province,
    BK-TP,"=HYPERLINK(""http://x.example"",""Bấm vào"")",city,BK
    BK-CD,<script>alert(1)</script>,district,BK
    BK-CM,Huyện Chợ Mới,district,BK
    BK-BT,Huyện Bạch Thông,district,BK
    BK-NR,Huyện Na Rì,district,BK
    BK-BB,Huyện Ba Bể,district,BK
    BK-NS,Huyện Ngân Sơn,district,BK
    BK-PN,Huyện Pác Nặm,district,BK
    BK-BHXH,@SUM(A1:A9),agency,BK

    """

    @Test func formulaNamesAreNeutralisedInEveryCSV() throws {
        let folder = try ProjectFolder()
        defer { folder.remove() }
        try folder.write(Self.units, to: "units.csv")
        let outcome = Pipeline.build(BuildRequest(input: folder.input, inputDisplayPath: "input", output: folder.output))
        #expect(outcome.failure == nil, "\(outcome.diagnostics)")
        for (path, bytes) in try folder.outputFiles() where path.hasSuffix(".csv") {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.contains(",=HYPERLINK") && !text.contains(",\"=HYPERLINK") && !text.contains(",@SUM"), "\(path)")
            #expect(text.contains("'=HYPERLINK") && text.contains("'@SUM(A1:A9)"), "\(path)")
        }
    }

    @Test(arguments: ["../../x", "a/b", "a\\b", ".hidden", "x\u{0007}y"])
    func codesThatWouldMakeUnsafeFileNamesAreInputErrors(code: String) throws {
        let folder = try ProjectFolder()
        defer { folder.remove() }
        try folder.write("code,name,kind,parent\nBK,Tỉnh,province,\n\"\(code)\",X,district,BK\n", to: "units.csv")
        let outcome = Pipeline.build(BuildRequest(input: folder.input, inputDisplayPath: "input", output: folder.output))
        #expect(outcome.failure == .input)
        #expect(outcome.diagnostics.contains { $0.description.hasPrefix("input/units.csv:3:1: error: the code") })
        #expect(!FileManager.default.fileExists(atPath: folder.output.path))
    }

    /// Garbage of every kind in every input file: each is reported as a located error, none crashes.
    @Test(arguments: [
        ("units.csv", [UInt8]()),
        ("units.csv", [0xFF, 0xFE, 0x41]),
        ("units.csv", Array("code,name,kind,parent\nBK,\u{FFFD}".utf8) + [0xC3, 0x28, 0x0A]),
        ("data/2018.estimate.csv", Array("unit,labour_force\nBK-TP,123456789012345678901234567890123\n".utf8)),
        ("data/2018.estimate.csv", Array("unit,labour_force\nBK-TP,\"20845\n".utf8)),
        ("data/2018-08.csv", Array("\"".utf8)),
        ("plans/bac-kan-2019-2020.json", Array("{\"area\": \"BK\", \"years\": [2019, 1e999999], ".utf8)),
        ("plans/bac-kan-2019-2020.json", [0x7B, 0xC0, 0xAF, 0x7D]),
        ("reports/bac-kan-2019.json", Array("[]".utf8)),
        ("plans/bac-kan-2019-2020.json", Array(String(repeating: "[", count: 100_000).utf8)),
    ])
    func garbageIsALocatedErrorNeverACrash(file: String, bytes: [UInt8]) throws {
        let folder = try ProjectFolder()
        defer { folder.remove() }
        try Data(bytes).write(to: folder.input.appendingPathComponent(file))
        let outcome = Pipeline.build(BuildRequest(input: folder.input, inputDisplayPath: "input", output: folder.output))
        #expect(outcome.failure == .input)
        #expect(outcome.diagnostics.contains { $0.severity == .error && $0.description.hasPrefix("input/\(file)") },
                "\(outcome.diagnostics)")
    }
}
