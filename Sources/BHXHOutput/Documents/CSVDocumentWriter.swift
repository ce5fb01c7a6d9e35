import TemplateEngine

/// Each table as `<stem>.csv` under its title lines, and every figure in `figures.csv`.
struct CSVDocumentWriter: FormatWriter {
    var format: OutputFormat { .csv }

    func downloads(of document: DocumentFiles) -> [PageLink] {
        [PageLink(name: "mọi số liệu (CSV)", href: "figures.csv")]
            + document.tables.map { PageLink(name: "\($0.name) (CSV)", href: "\($0.stem).csv") }
    }

    func write(_ document: DocumentFiles, value: TemplateValue, to sink: OutputSink, context: WriterContext) throws(OutputError) {
        for table in document.tables {
            try sink.put(TableCSV.bytes(table.table, titleLines: table.titleLines, dialect: context.options.csvDialect),
                         document.path("\(table.stem).csv"))
        }
        try sink.put(TidyCSV.bytes(document.tidy), document.path("figures.csv"))
    }
}
