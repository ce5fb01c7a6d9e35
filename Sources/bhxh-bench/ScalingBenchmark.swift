/// `scaling`: the national build at 1× and 4× the communes, 10 runs each, with the ratio of the
/// median times (the goal: 4× the communes in at most 4.4× the time) and the time per unit
/// relative to 1× (1.00 means the build grows in proportion to the units).
func scalingBenchmark() throws {
    var atOne: (seconds: Double, units: Int)?
    for scale in [1, 4] {
        let national = try NationalFolder(scale: scale)
        defer { national.remove() }
        let seconds = measureBuild(of: national, name: "national-build \(scale)×", runs: 10).median
        let one = atOne ?? (seconds, national.units)
        atOne = one
        let perUnit = (seconds / Double(national.units)) / (one.seconds / Double(one.units))
        print("scaling \(scale)×: \(national.units) units (\(formatRate(Double(national.units) / Double(one.units)))× of 1×), "
              + "median \(formatSeconds(seconds)), time \(formatRate(seconds / one.seconds))× of 1×, seconds/unit \(formatRate(perUnit))× of 1×")
    }
}
