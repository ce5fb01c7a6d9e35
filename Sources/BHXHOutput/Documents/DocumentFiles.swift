import BHXHCore
import OfficePackage
import TemplateEngine

/// What every format writer needs of one plan or report: its folder (`plans/<id>`), its id, the
/// templates and values of its page and Markdown document, its tables in document order and its
/// tidy figures. A format is one `FormatWriter` over this, whatever the document.
struct DocumentFiles: Sendable {
    /// `plans/<id>` or `reports/<id>`.
    var folder: String
    /// The document's id, the stem of its own files (`<id>.md`, `<id>.xlsx`).
    var id: String
    /// The document's template without its extension: "plan", "report".
    var template: String
    /// The template of one table's Markdown file: "phu-luc", "bang".
    var tableTemplate: String
    /// The tables, in document order.
    var tables: [DocumentTable]
    /// Every figure, one per row, as `figures.csv` has them.
    var tidy: [TidyFigure]
    /// The document's values for its templates, without the downloads (see `value(downloads:)`).
    var documentValue: TemplateValue
    /// The page's view, for writers that lay the document out themselves (the .docx).
    var page: DocumentPage
    /// Title, author and date for Word and Excel.
    var properties: DocumentProperties

    /// The files of a plan under `plans/<id>/`; its appendices are `phu-luc-<n>`.
    init(plan figures: PlanFigures) {
        let view = PlanPageView(figures)
        let values = view.appendices.map(\.templateValue)
        self.init(folder: "plans/\(figures.plan.id)", id: figures.plan.id, template: "plan", tableTemplate: "phu-luc",
                  tables: zip(figures.printedAppendices, zip(view.appendices, values)).map { appendix, pair in
                      DocumentTable(name: "Phụ lục \(pair.0.number)",
                                    titleLines: ["PHỤ LỤC \(pair.0.number)", pair.0.title, pair.0.attachment],
                                    stem: "phu-luc-\(pair.0.number)", table: appendix.table, templateValue: pair.1)
                  },
                  tidy: TidyFigures.of(figures), documentValue: view.templateValue(appendices: values), page: .plan(view),
                  properties: Self.properties(of: figures.plan.document))
    }

    /// The files of a results report under `reports/<id>/`; its tables are `bang-<n>`.
    init(report figures: ReportFigures) {
        let view = ReportPageView(figures)
        let values = view.schemes.map(\.templateValue)
        self.init(folder: "reports/\(figures.report.id)", id: figures.report.id, template: "report", tableTemplate: "bang",
                  tables: zip(figures.tables, zip(view.schemes, values)).map { table, pair in
                      DocumentTable(name: "Bảng \(pair.0.number)", titleLines: ["Bảng \(pair.0.number)", pair.0.title],
                                    stem: "bang-\(pair.0.number)", table: table.table(), templateValue: pair.1)
                  },
                  tidy: TidyFigures.of(figures), documentValue: view.templateValue(schemes: values), page: .report(view),
                  properties: Self.properties(of: figures.report.document))
    }

    private init(folder: String, id: String, template: String, tableTemplate: String, tables: [DocumentTable],
                 tidy: [TidyFigure], documentValue: TemplateValue, page: DocumentPage, properties: DocumentProperties) {
        self.folder = folder
        self.id = id
        self.template = template
        self.tableTemplate = tableTemplate
        self.tables = tables
        self.tidy = tidy
        self.documentValue = documentValue
        self.page = page
        self.properties = properties
    }

    /// "KẾ HOẠCH Phát triển …" by the issuing body, dated as the document at midnight UTC (a
    /// draft's missing day or month is the first: "2022-01-01T00:00:00Z").
    private static func properties(of document: DocumentInfo) -> DocumentProperties {
        let day: String
        switch document.date {
        case .day: day = document.date.iso
        case .month: day = document.date.iso + "-01"
        case .year: day = document.date.iso + "-01-01"
        }
        return DocumentProperties(title: "\(document.kind) \(document.subject)", subject: document.subject,
                                  creator: document.authority.isEmpty ? "bhxh-report" : document.authority,
                                  created: day + "T00:00:00Z", application: "bhxh-report \(OutputBuilder.version)")
    }

    /// The path of one of its files: `plans/<id>/<name>`.
    func path(_ name: String) -> String { "\(folder)/\(name)" }

    /// The document's values with `downloads` (each `name`, `href`, `first`) and `hasDownloads`:
    /// the files beside the page, as the chosen formats write them.
    func value(downloads: [PageLink]) -> TemplateValue {
        guard case .object(let object) = documentValue else { return documentValue }
        let links: [TemplateValue] = downloads.enumerated().map { index, link in
            ["name": .string(link.name), "href": .string(link.href), "first": .bool(index == 0)]
        }
        return .object(TemplateObject(keys: object.keys + ["downloads", "hasDownloads"],
                                      values: object.values + [.array(links), .bool(!downloads.isEmpty)]))
    }
}

extension DocumentFiles {
    /// Writes the files of every writer in `writers`, each page linking to what they write.
    func write(with writers: [any FormatWriter], to sink: OutputSink, context: WriterContext) throws(OutputError) {
        let value = value(downloads: writers.flatMap { $0.downloads(of: self) })
        for writer in writers {
            try writer.write(self, value: value, to: sink, context: context)
        }
    }
}
