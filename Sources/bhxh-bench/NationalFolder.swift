import BHXHSample
import DelimitedText
import Foundation

/// The national sample written once to a scratch folder under the temporary directory, for the
/// benchmarks that read it from disk; `remove()` deletes it and any output built beside it.
struct NationalFolder {
    /// The scratch folder holding `input/` (the sample) and `output/`.
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("bhxh-bench-\(UUID().uuidString)")
    /// The sample's project folder.
    var input: URL { root.appendingPathComponent("input") }
    /// Where builds publish.
    var output: URL { root.appendingPathComponent("output") }
    /// The bytes of all its CSV files (units.csv and the data files).
    let csvBytes: Int
    /// The rows of units.csv: provinces, communes and agencies.
    let units: Int

    /// Generates the sample at `scale` and writes it.
    init(scale: Int = 1) throws {
        let sample = try NationalSample(scale: scale).generate()
        try sample.write(to: root.appendingPathComponent("input"), replacing: false)
        let csv = sample.files.filter { $0.path.hasSuffix(".csv") }
        csvBytes = csv.reduce(0) { $0 + $1.bytes.count }
        let unitsFile = sample.files.first { $0.path == "units.csv" }!
        units = try DelimitedTextReader.read(unitsFile.bytes).records.count - 1
    }

    /// Deletes the scratch folder.
    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
