/// The view of a document's page: a plan's or a report's.
enum DocumentPage: Sendable {
    case plan(PlanPageView)
    case report(ReportPageView)
}
