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
        // Plans are independent of each other, and so are reports: each kind is computed on all
        // cores, then gathered in the project's order, so the result never depends on timing.
        for (plan, (figures, problems)) in zip(project.plans, project.plans.concurrentMap(planCalculator.compute)) {
            diagnostics += problems
            if let figures {
                plans.append(figures)
                planByID[plan.id] = figures
            }
        }
        let reportCalculator = ReportCalculator(tree: project.tree, data: project.data)
        var reports: [ReportFigures] = []
        let computedPlans = planByID
        let computed = project.reports.concurrentMap { report in
            computedPlans[report.planID].map { reportCalculator.compute(report, plan: $0) }
        }
        for case let (figures, problems)? in computed {
            diagnostics += problems
            if let figures { reports.append(figures) }
        }
        return (ProjectFigures(project: project, plans: plans, reports: reports), diagnostics)
    }
}
