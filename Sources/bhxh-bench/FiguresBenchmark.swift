import BHXHCore
import BHXHInput

/// `figures`: computes every plan table and report table of the loaded national sample with
/// `ProjectFigures.compute` (34 plans × 4 appendices and 34 reports, 3,321 communes).
func figuresBenchmark() throws {
    let national = try NationalFolder()
    defer { national.remove() }
    guard let project = ProjectLoader(folder: national.input, displayPath: "national").load().project else {
        preconditionFailure("the national sample does not load")
    }
    measure("figures (\(project.plans.count) plans, \(project.reports.count) reports)", runs: 5) {
        let (figures, problems) = ProjectFigures.compute(project)
        precondition(figures.plans.count == project.plans.count && problems.isEmpty)
    }
}
