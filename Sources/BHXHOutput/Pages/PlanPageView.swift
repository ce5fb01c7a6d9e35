import BHXHCore

/// A plan as its page and its Markdown document receive it: the official header, the narrative,
/// the signature and every appendix table.
struct PlanPageView: Sendable {
    /// One appendix.
    struct AppendixView: Sendable {
        /// "PHỤ LỤC n".
        var number: Int
        /// The scheme's short name.
        var schemeName: String
        /// The table's title.
        var title: String
        /// "(Kèm theo Kế hoạch số … ngày … của …)".
        var attachment: String
        /// The table.
        var table: TableView
        /// The table's CSV and Markdown files, beside the page.
        var csvFile: String
        var markdownFile: String
    }

    /// The plan's id.
    var id: String
    /// The document header and signature.
    var document: DocumentView
    /// The narrative.
    var narrative: NarrativeView
    /// The area's name ("Tỉnh Bắc Kạn").
    var areaName: String
    /// The base year and the plan years, for summaries ("2019–2020").
    var baseYear: Int
    var yearsText: String
    /// The appendices.
    var appendices: [AppendixView]

    /// The view of a computed plan.
    init(_ figures: PlanFigures) {
        let plan = figures.plan
        id = plan.id
        document = DocumentView(plan.document)
        narrative = NarrativeView(plan.narrative)
        areaName = figures.area.name
        baseYear = plan.baseYear
        yearsText = YearSpan(plan.years).range
        let attachment = document.attachment
        appendices = figures.appendices.map { appendix in
            AppendixView(number: appendix.appendix.number, schemeName: appendix.scheme.shortName,
                         title: appendix.appendix.title, attachment: attachment,
                         table: TableView(appendix.table()),
                         csvFile: "phu-luc-\(appendix.appendix.number).csv", markdownFile: "phu-luc-\(appendix.appendix.number).md")
        }
    }
}
