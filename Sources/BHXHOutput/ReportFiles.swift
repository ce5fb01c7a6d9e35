import BHXHCore
import TemplateEngine

/// The files of one results report under `reports/<id>/`: the document as `index.html` and
/// `<id>.md`, each scheme's table as `bang-<n>.csv` and `.md`, and the tidy `figures.csv`.
struct ReportFiles: Sendable {
    let figures: ReportFigures
    let options: OutputOptions

    /// Writes every file of the report.
    func write(to sink: OutputSink, with renderer: PageRenderer) throws(OutputError) {
        let folder = "reports/\(figures.report.id)"
        let view = ReportPageView(figures)
        // The document's values are built once and serve the HTML, the Markdown and each table.
        let schemeValues = view.schemes.map(\.templateValue)
        let value = view.templateValue(schemes: schemeValues)
        for (table, (schemeView, schemeValue)) in zip(figures.tables, zip(view.schemes, schemeValues)) {
            let titleLines = ["Bảng \(schemeView.number)", schemeView.title]
            try sink.put(TableCSV.bytes(table.table(), titleLines: titleLines, dialect: options.csvDialect),
                         "\(folder)/\(schemeView.csvFile)")
            try sink.put(renderer.render("bang.md", schemeValue, root: "../../"), "\(folder)/\(schemeView.markdownFile)")
        }
        try sink.put(TidyCSV.bytes(TidyFigures.of(figures)), "\(folder)/figures.csv")
        try sink.put(WordFile.bytes(OfficialWordDocument.report(view)), "\(folder)/\(figures.report.id).docx")
        try sink.put(renderer.render("report.html", value, root: "../../"), "\(folder)/index.html")
        try sink.put(renderer.render("report.md", value, root: "../../"), "\(folder)/\(figures.report.id).md")
    }
}
