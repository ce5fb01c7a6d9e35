import BHXHCore

extension ProjectLoader {
    /// The data files of `subfolder` (`data` or `history/data`) in name order, parsed on all cores
    /// against `tree` (whose file `register` names in messages): what each name says it holds and
    /// its dataset when usable. Problems are reported in name order.
    func readDataFiles(in subfolder: String, tree: UnitTree?, register: String,
                       into diagnostics: inout [Diagnostic]) -> [(relative: String, kind: DataFileName, dataset: Dataset?)] {
        var dataFiles: [(relative: String, kind: DataFileName, bytes: [UInt8])] = []
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
            dataFiles.append((relative, kind, bytes))
        }
        var result: [(relative: String, kind: DataFileName, dataset: Dataset?)] = []
        for (file, (dataset, problems)) in zip(dataFiles, dataFiles.concurrentMap({ file in
            DataFileReader.read(bytes: file.bytes, path: path(file.relative), year: file.kind.year, status: file.kind.status,
                                tree: tree, register: register)
        })) {
            diagnostics += problems
            result.append((file.relative, file.kind, dataset))
        }
        return result
    }
}
