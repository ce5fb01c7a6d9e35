import BHXHCore

/// The files of one results report under `reports/<id>/`: each scheme's table as
/// `bang-<n>.csv`, and the tidy `figures.csv`.
struct ReportFiles: Sendable {
    let figures: ReportFigures
    let options: OutputOptions

    /// The folder of the report in the output.
    var folder: String { "reports/\(figures.report.id)" }

    /// Writes every file of the report.
    func write(to sink: OutputSink) throws(PublishError) {
        for table in figures.tables {
            let titleLines = ["Bảng \(table.number)", table.title]
            try sink.write(TableCSV.bytes(table.table(), titleLines: titleLines, dialect: options.csvDialect),
                           to: "\(folder)/bang-\(table.number).csv")
        }
        try sink.write(TidyCSV.bytes(TidyFigures.of(figures)), to: "\(folder)/figures.csv")
    }
}
