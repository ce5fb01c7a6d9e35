/// `scaling`: the national build at 1×, 2× and 4× the communes, with the time per unit relative
/// to 1× (1.00 means the build grows in proportion to the units).
func scalingBenchmark() throws {
    var perUnitAtOne: Double?
    for scale in [1, 2, 4] {
        let national = try NationalFolder(scale: scale)
        defer { national.remove() }
        let seconds = measureBuild(of: national, name: "national-build \(scale)×", runs: 3)
        let perUnit = seconds / Double(national.units)
        let ratio = perUnit / (perUnitAtOne ?? perUnit)
        perUnitAtOne = perUnitAtOne ?? perUnit
        print("scaling \(scale)×: \(national.units) units, median \(formatSeconds(seconds)), seconds/unit \(formatRate(ratio))× of 1×")
    }
}
