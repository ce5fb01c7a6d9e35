import TemplateEngine

/// Writes one format of a document's files (the page, the Markdown, the CSV, a workbook …) and
/// says which of them the page links to. A new format is one writer and one line in `registered`.
protocol FormatWriter: Sendable {
    /// The format it writes, as `--formats` names it.
    var format: OutputFormat { get }

    /// The files the document's page offers for download, in the order shown; none for the page itself.
    func downloads(of document: DocumentFiles) -> [PageLink]

    /// Writes the document's files of this format into `sink`; `value` is the document's values
    /// with the downloads of the chosen formats.
    func write(_ document: DocumentFiles, value: TemplateValue, to sink: OutputSink, context: WriterContext) throws(OutputError)
}

/// What every writer shares: the options and the template renderer.
struct WriterContext: Sendable {
    /// The build's options.
    let options: OutputOptions
    /// The templates.
    let renderer: PageRenderer
}

/// The format writers, in the order their downloads are listed.
enum FormatWriters {
    /// Every writer the tool has.
    static let registered: [any FormatWriter] = [
        HTMLDocumentWriter(), MarkdownDocumentWriter(), CSVDocumentWriter(),
        DOCXDocumentWriter(), XLSXDocumentWriter(),
    ]

    /// The writers of `formats`, in registration order.
    static func chosen(_ formats: Set<OutputFormat>) -> [any FormatWriter] {
        registered.filter { formats.contains($0.format) }
    }
}
