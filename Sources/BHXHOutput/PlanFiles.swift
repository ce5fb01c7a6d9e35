import BHXHCore
import TemplateEngine

/// The files of one plan under `plans/<id>/`: the document as `index.html` and `<id>.md`, each
/// appendix as `phu-luc-<n>.csv` and `.md`, and the tidy `figures.csv`.
struct PlanFiles: Sendable {
    let figures: PlanFigures
    let options: OutputOptions

    /// Writes every file of the plan.
    func write(to sink: OutputSink, with renderer: PageRenderer) throws(OutputError) {
        let folder = "plans/\(figures.plan.id)"
        let view = PlanPageView(figures)
        // The document's values are built once and serve the HTML, the Markdown and each appendix.
        let appendixValues = view.appendices.map(\.templateValue)
        let value = view.templateValue(appendices: appendixValues)
        for (appendix, (appendixView, appendixValue)) in zip(figures.printedAppendices, zip(view.appendices, appendixValues)) {
            let titleLines = ["PHỤ LỤC \(appendixView.number)", appendixView.title, appendixView.attachment]
            try sink.put(TableCSV.bytes(appendix.table, titleLines: titleLines, dialect: options.csvDialect),
                         "\(folder)/\(appendixView.csvFile)")
            try sink.put(renderer.render("phu-luc.md", appendixValue, root: "../../"), "\(folder)/\(appendixView.markdownFile)")
        }
        try sink.put(TidyCSV.bytes(TidyFigures.of(figures)), "\(folder)/figures.csv")
        try sink.put(WordFile.bytes(OfficialWordDocument.plan(view)), "\(folder)/\(figures.plan.id).docx")
        try sink.put(renderer.render("plan.html", value, root: "../../"), "\(folder)/index.html")
        try sink.put(renderer.render("plan.md", value, root: "../../"), "\(folder)/\(figures.plan.id).md")
    }
}
