import BHXHInput
import Foundation

/// `bad-input`: how long `ProjectLoader` takes to reject the national sample spoilt as issue 11
/// found it — every code of one data file with a wrong prefix (3,355 "did you mean" look-ups
/// among 3,390 codes), 10,000 unknown header columns, a 10 MB unknown parent code. Each must
/// cost about what loading the sample cleanly does, not seconds (docs/PERFORMANCE.md).
func badInputBenchmark() throws {
    let national = try NationalFolder()
    defer { national.remove() }
    let data = national.input.appendingPathComponent("data/2025.estimate.csv")
    let units = national.input.appendingPathComponent("units.csv")
    let clean = (data: try Data(contentsOf: data), units: try Data(contentsOf: units))
    func rejected(_ name: String) {
        measure("bad-input \(name)", runs: 3) {
            let loaded = ProjectLoader(folder: national.input, displayPath: "national").load()
            precondition(!loaded.diagnostics.isEmpty, "the spoilt sample loads without a problem")
        }
    }

    let lines = String(decoding: clean.data, as: UTF8.self).components(separatedBy: "\r\n")
    let prefixed = [lines[0]] + lines.dropFirst().map { $0.isEmpty ? $0 : "X" + $0 }
    try Data(prefixed.joined(separator: "\r\n").utf8).write(to: data)
    rejected("wrong-codes")
    try clean.data.write(to: data)

    let columns = (0..<10_000).map { ",extra column \($0)" }.joined()
    try Data("unit,bhxh_bb\(columns)\r\n".utf8).write(to: national.input.appendingPathComponent("data/2030.csv"))
    rejected("10000-columns")
    try FileManager.default.removeItem(at: national.input.appendingPathComponent("data/2030.csv"))

    var unitLines = String(decoding: clean.units, as: UTF8.self).components(separatedBy: "\r\n")
    var cells = unitLines[5].components(separatedBy: ",")
    cells[cells.count - 1] = String(repeating: "Q", count: 10_000_000)
    unitLines[5] = cells.joined(separator: ",")
    try Data(unitLines.joined(separator: "\r\n").utf8).write(to: units)
    rejected("10MB-parent")
    try clean.units.write(to: units)
}
