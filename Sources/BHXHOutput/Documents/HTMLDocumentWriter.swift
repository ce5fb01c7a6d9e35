import TemplateEngine

/// The document as its web page, `index.html`, from the template `plan.html` or `report.html`.
struct HTMLDocumentWriter: FormatWriter {
    var format: OutputFormat { .html }

    func downloads(of document: DocumentFiles) -> [PageLink] { [] }

    func write(_ document: DocumentFiles, value: TemplateValue, to sink: OutputSink, context: WriterContext) throws(OutputError) {
        try sink.put(context.renderer.render("\(document.template).html", value, root: "../../"), document.path("index.html"))
    }
}
