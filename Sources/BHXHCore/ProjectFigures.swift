/// Every figure a build publishes: each plan's appendix tables and each report's results tables.
public struct ProjectFigures: Sendable {
    /// The project computed from.
    public var project: Project
    /// The computed plans, in the project's order.
    public var plans: [PlanFigures]
    /// The computed reports, in the project's order.
    public var reports: [ReportFigures]

    /// Computes every plan, then every report from its plan's figures. Problems found while
    /// computing (a missing rate, base figure or value) are returned with the figures.
    public static func compute(_ project: Project) -> (ProjectFigures, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let planCalculator = PlanCalculator(tree: project.tree, data: project.data)
        var plans: [PlanFigures] = []
        var planByID: [String: PlanFigures] = [:]
        for plan in project.plans {
            let (figures, problems) = planCalculator.compute(plan)
            diagnostics += problems
            if let figures {
                plans.append(figures)
                planByID[plan.id] = figures
            }
        }
        let reportCalculator = ReportCalculator(tree: project.tree, data: project.data)
        var reports: [ReportFigures] = []
        for report in project.reports {
            guard let plan = planByID[report.planID] else { continue }
            let (figures, problems) = reportCalculator.compute(report, plan: plan)
            diagnostics += problems
            if let figures { reports.append(figures) }
        }
        return (ProjectFigures(project: project, plans: plans, reports: reports), diagnostics)
    }
}
