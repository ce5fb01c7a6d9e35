import BHXHCore

/// The files of one plan under `plans/<id>/`: each appendix as `phu-luc-<n>.csv`, and the tidy
/// `figures.csv`.
struct PlanFiles: Sendable {
    let figures: PlanFigures
    let options: OutputOptions

    /// The folder of the plan in the output.
    var folder: String { "plans/\(figures.plan.id)" }

    /// Writes every file of the plan.
    func write(to sink: OutputSink) throws(PublishError) {
        let document = figures.plan.document
        for appendix in figures.appendices {
            let titleLines = ["PHỤ LỤC \(appendix.appendix.number)", appendix.appendix.title, document.attachmentLine]
            try sink.write(TableCSV.bytes(appendix.table(), titleLines: titleLines, dialect: options.csvDialect),
                           to: "\(folder)/phu-luc-\(appendix.appendix.number).csv")
        }
        try sink.write(TidyCSV.bytes(TidyFigures.of(figures)), to: "\(folder)/figures.csv")
    }
}
