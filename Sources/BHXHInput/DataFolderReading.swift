import BHXHCore

extension ProjectLoader {
    /// A data file read from disk and not yet parsed: where it is and what its name says it holds.
    struct DataSource: Sendable {
        /// The file, inside the project folder ("data/2025.csv").
        let relative: String
        /// The year and kind of figures its name gives.
        let kind: DataFileName
        /// Its contents.
        let bytes: [UInt8]
    }

    /// A data file as parsed: its dataset when usable.
    typealias ParsedDataFile = (relative: String, kind: DataFileName, dataset: Dataset?)

    /// The data files of `subfolder` (`data` or `history/data`), in name order, read from disk; a
    /// name that says nothing of what the file holds, or a file that cannot be read, is a problem.
    func dataSources(in subfolder: String, into diagnostics: inout [Diagnostic]) -> [DataSource] {
        var sources: [DataSource] = []
        for name in files(in: subfolder, into: &diagnostics) {
            let relative = "\(subfolder)/\(name)"
            guard let kind = DataFileName(name) else {
                if name.lowercased().hasSuffix(".csv") {
                    diagnostics.append(Diagnostic(.error, "cannot tell what this file holds from its name; name data files YYYY.csv (actual for the year), YYYY-MM.csv (actual to the end of a month) or YYYY.estimate.csv (estimate for the year)", at: SourceRef(path: path(relative))))
                } else {
                    diagnostics.append(Diagnostic(.warning, "not a CSV file, so it was not read; save it from Excel as \"CSV UTF-8\"", at: SourceRef(path: path(relative))))
                }
                continue
            }
            guard let bytes = read(relative, required: true, into: &diagnostics) else { continue }
            sources.append(DataSource(relative: relative, kind: kind, bytes: bytes))
        }
        return sources
    }

    /// `source` parsed against `tree` (whose file `register` names in messages).
    func parse(_ source: DataSource, tree: UnitTree?, register: String) -> (Dataset?, [Diagnostic]) {
        DataFileReader.read(bytes: source.bytes, path: path(source.relative), year: source.kind.year, status: source.kind.status,
                            tree: tree, register: register)
    }
}
