import BHXHCore
import Foundation

extension ProjectLoader {
    /// The old register (`history/units.csv`) as read, and the problems of reading it.
    struct Register {
        /// The file, inside the project folder.
        let relative: String
        /// The unit tree, nil when the file is missing or unusable.
        var tree: UnitTree?
        /// Its problems, reported in their place among the history's.
        var diagnostics: [Diagnostic] = []
    }

    /// The files of `history/` other than its register, read from disk: the crosswalk and the
    /// data files, with the problems of reading them.
    struct HistorySources {
        /// `history/crosswalk.csv`; nil when it is missing or unreadable.
        var crosswalk: [UInt8]?
        /// The problems of reading the crosswalk.
        var crosswalkReading: [Diagnostic] = []
        /// The data files of `history/data/`.
        var files: [DataSource] = []
        /// The problems of listing and reading them.
        var filesReading: [Diagnostic] = []
    }

    /// Reads the crosswalk and the data files of `history/`.
    func readHistory() -> HistorySources {
        var sources = HistorySources()
        sources.crosswalk = read("history/crosswalk.csv", required: true, into: &sources.crosswalkReading)
        sources.files = dataSources(in: "history/data", into: &sources.filesReading)
        return sources
    }

    /// The years of `history/` — figures counted in the old register (`oldRegister`, already
    /// read) and moved into the project's units through `history/crosswalk.csv` — as datasets of
    /// `tree`; none when an error stops it. `crosswalk` and `files` are `sources` as parsed;
    /// `dataFiles` are the files of `data/`: a year and kind of file may be in one of the two
    /// folders only.
    func loadHistory(tree: UnitTree?, oldRegister: Register, sources: HistorySources, crosswalk parsedCrosswalk: ParsedPiece?,
                     files: [ParsedPiece], dataFiles: [ParsedDataFile], into diagnostics: inout [Diagnostic]) -> [Dataset] {
        diagnostics += oldRegister.diagnostics
        diagnostics += sources.crosswalkReading
        diagnostics += parsedCrosswalk?.problems ?? []
        let crosswalk = parsedCrosswalk?.crosswalk
        diagnostics += sources.filesReading
        var historyFiles: [ParsedDataFile] = []
        for (source, piece) in zip(sources.files, files) {
            diagnostics += piece.problems
            historyFiles.append((source.relative, source.kind, piece.dataset))
        }
        let oldTree = oldRegister.tree
        var current: [DataFileName: String] = [:]
        for file in dataFiles where current[file.kind] == nil { current[file.kind] = file.relative }
        for file in historyFiles {
            guard let other = current[file.kind] else { continue }
            diagnostics.append(Diagnostic(.error, "\(other) already gives these figures (\(file.kind.status.heading(year: file.kind.year).lowercased())); keep each year in one folder only: history/data/ in the old units' codes, data/ in the new ones", at: SourceRef(path: path(file.relative))))
        }
        guard let tree, let oldTree, let crosswalk else { return [] }
        let datasets = historyFiles.compactMap(\.dataset)
        diagnostics += Self.leftBehind(datasets, oldTree: oldTree, crosswalk: crosswalk)
        return datasets.concurrentMap { BoundaryMove.move($0, through: crosswalk, into: tree) }
    }

    /// A warning for each old unit at the bottom of the old register (a commune) that has figures
    /// but is not in the crosswalk, itself or through a unit above it: its figures would be left
    /// behind. Given once, at its first figure, saying how many files have figures for it.
    static func leftBehind(_ datasets: [Dataset], oldTree: UnitTree, crosswalk: Crosswalk) -> [Diagnostic] {
        var listed = Array(repeating: false, count: oldTree.units.count)
        for move in crosswalk.moves where move.old < listed.count { listed[move.old] = true }
        let unmoved = oldTree.units.indices.filter { index in
            oldTree.children[index].isEmpty && !listed[index] && !oldTree.ancestors(of: index).contains { listed[$0] }
        }
        var first: [UnitTree.Index: SourceRef] = [:]
        var fileCount: [UnitTree.Index: Int] = [:]
        var order: [UnitTree.Index] = []
        for dataset in datasets {
            let columns = dataset.givenFields.compactMap { field in dataset.givenColumn(field).map { (field, $0) } }
            for index in unmoved {
                guard let field = columns.first(where: { index < $0.1.count && $0.1.isKnown(index) })?.0 else { continue }
                if first[index] == nil {
                    order.append(index)
                    first[index] = dataset.location(of: field, unit: index)
                }
                fileCount[index, default: 0] += 1
            }
        }
        return order.map { index in
            let unit = oldTree.units[index]
            let files = fileCount[index] ?? 1
            let spread = files > 1 ? " (it has figures in \(files) files of history/data/)" : ""
            return Diagnostic(.warning, "old unit \(unit.code) (\(unit.name)) has figures but is not in history/crosswalk.csv, so they are counted in no new unit\(spread); add a row saying which new unit it went into", at: first[index])
        }
    }
}
