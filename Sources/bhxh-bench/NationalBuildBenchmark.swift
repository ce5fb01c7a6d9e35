import BHXHBuild

/// `national-build`: the whole `bhxh-report build` of the national sample, from its folder on
/// disk to a published output folder (load, validate, compute, render, write, swap in).
func nationalBuildBenchmark() throws {
    let national = try NationalFolder()
    defer { national.remove() }
    measureBuild(of: national, name: "national-build", runs: 5)
}

/// Measures `Pipeline.build` of `national` into its output folder; returns the median seconds.
@discardableResult
func measureBuild(of national: NationalFolder, name: String, runs: Int) -> Double {
    let request = BuildRequest(input: national.input, inputDisplayPath: "national", output: national.output)
    var outcome = Pipeline.build(request)
    precondition(outcome.failure == nil, "the national sample does not build: \(outcome.failure!)")
    print("\(name): \(national.units) units, \(outcome.files) files, \(outcome.bytes / 1_000_000) MB written")
    return measure(name, runs: runs) {
        outcome = Pipeline.build(request)
        precondition(outcome.failure == nil)
    }
}
