import BHXHInput

/// `load`: reads and checks the national sample from disk with `ProjectLoader` (units, eleven
/// years of data, 34 plans and 34 reports); the throughput is over the bytes of its CSV files, and
/// the floor is `cp -r` of the folder.
func loadBenchmark() throws {
    let national = try NationalFolder()
    defer { national.remove() }
    print("load: \(national.units) units, \(national.csvBytes / 1_000) kB of CSV")
    measure("load", bytes: national.csvBytes, floor: national.input) {
        let loaded = ProjectLoader(folder: national.input, displayPath: "national").load()
        precondition(loaded.project != nil && loaded.diagnostics.isEmpty, "the national sample does not load cleanly")
    }
}
