import TemplateEngine

/// The document as `<id>.md` and each table as `<stem>.md`, from the Markdown templates.
struct MarkdownDocumentWriter: FormatWriter {
    var format: OutputFormat { .md }

    func downloads(of document: DocumentFiles) -> [PageLink] {
        [PageLink(name: "văn bản (Markdown)", href: "\(document.id).md")]
    }

    func write(_ document: DocumentFiles, value: TemplateValue, to sink: OutputSink, context: WriterContext) throws(OutputError) {
        for table in document.tables {
            try sink.put(context.renderer.render("\(document.tableTemplate).md", table.templateValue, root: "../../"),
                         document.path("\(table.stem).md"))
        }
        try sink.put(context.renderer.render("\(document.template).md", value, root: "../../"), document.path("\(document.id).md"))
    }
}
