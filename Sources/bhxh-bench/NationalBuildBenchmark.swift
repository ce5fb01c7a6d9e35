import BHXHBuild

/// `national-build`: the whole `bhxh-report build` of the national sample, from its folder on
/// disk to a published output folder (load, validate, compute, render, write, swap in), against
/// `cp -r` of the output folder it writes.
func nationalBuildBenchmark() throws {
    let national = try NationalFolder()
    defer { national.remove() }
    measureBuild(of: national, name: "national-build", runs: 10)
}

/// Measures `Pipeline.build` of `national` into its output folder, each run followed by `cp -r`
/// of that folder; returns the timing.
@discardableResult
func measureBuild(of national: NationalFolder, name: String, runs: Int) -> Timing {
    let request = BuildRequest(input: national.input, inputDisplayPath: "national", output: national.output)
    var outcome = Pipeline.build(request)
    precondition(outcome.failure == nil, "the national sample does not build: \(outcome.failure!)")
    print("\(name): \(national.units) units, \(outcome.files) files, \(outcome.bytes / 1_000_000) MB written")
    return measure(name, runs: runs, floor: national.output) {
        outcome = Pipeline.build(request)
        precondition(outcome.failure == nil)
    }
}
