import BHXHCore
import DelimitedText
import Foundation

/// Reads a project folder — `units.csv`, `data/*.csv`, `plans/*.json` (+ narratives),
/// `reports/*.json` — and reports every problem it finds, each at its place.
public struct ProjectLoader: Sendable {
    /// The folder to read.
    public let folder: URL
    /// The folder as the user named it, for messages ("input").
    public let displayPath: String

    /// Creates a loader for `folder`, naming it `displayPath` in messages.
    public init(folder: URL, displayPath: String) {
        self.folder = folder
        self.displayPath = displayPath
    }

    /// What loading gives: the project when nothing stopped it, and every problem found.
    public struct Result: Sendable {
        /// The project; nil when an error makes it unusable.
        public var project: Project?
        /// Errors and warnings, in file order.
        public var diagnostics: [Diagnostic]

        /// True when some diagnostic is an error.
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Loads and checks the whole folder.
    public func load() -> Result {
        var diagnostics: [Diagnostic] = []
        guard isFolder(folder) else {
            return Result(project: nil, diagnostics: [Diagnostic(.error, "the project folder does not exist (give one with --input DIR)", at: SourceRef(path: displayPath))])
        }

        // Every file is read first, the problems of reading each kept for its place in the report.
        // The two registers are parsed side by side; then every other file — data files, the
        // crosswalk, plans and reports, which need at most the registers — together on all cores;
        // their problems are reported in the order of the files as before.
        let hasHistory = isFolder(folder.appendingPathComponent("history"))
        var oldRegister = Register(relative: "history/units.csv")
        let bytes = read("units.csv", required: true, into: &diagnostics)
        let oldBytes = hasHistory ? read(oldRegister.relative, required: true, into: &oldRegister.diagnostics) : nil
        let registers = [("units.csv", bytes), (oldRegister.relative, oldBytes)].concurrentMap { relative, bytes in
            bytes.map { UnitsReader.read(bytes: $0, path: path(relative)) }
        }
        let tree = registers[0]?.0
        let registerProblems = registers[0]?.1 ?? []
        if case let (units, problems)? = registers[1] {
            oldRegister.tree = units
            oldRegister.diagnostics += problems
        }

        var dataReading: [Diagnostic] = []
        let dataSources = dataSources(in: "data", into: &dataReading)
        let history = hasHistory ? readHistory() : HistorySources()
        var planReading: [Diagnostic] = []
        let planSources = planSources(into: &planReading)
        let (reportListing, reportSources) = reportSources()

        var pieces: [Piece] = []
        if let crosswalk = history.crosswalk { pieces.append(.crosswalk(crosswalk, oldTree: oldRegister.tree, tree: tree)) }
        pieces += history.files.map { .dataFile($0, tree: oldRegister.tree, register: oldRegister.relative) }
        pieces += dataSources.map { .dataFile($0, tree: tree, register: "units.csv") }
        pieces += planSources.map { .plan($0, tree: tree) }
        pieces += reportSources.compactMap { source in source.bytes.map { .report(name: source.name, id: source.id, bytes: $0) } }
        var parsed = parse(pieces)[...]
        func next(_ count: Int) -> ArraySlice<ParsedPiece> {
            defer { parsed = parsed.dropFirst(count) }
            return parsed.prefix(count)
        }
        let parsedCrosswalk = next(history.crosswalk == nil ? 0 : 1).first
        let parsedHistory = next(history.files.count)

        diagnostics += registerProblems
        diagnostics += dataReading
        var dataFiles: [ParsedDataFile] = []
        for (source, piece) in zip(dataSources, next(dataSources.count)) {
            diagnostics += piece.problems
            dataFiles.append((source.relative, source.kind, piece.dataset))
        }
        var datasets = dataFiles.compactMap(\.dataset)
        if hasHistory {
            datasets += loadHistory(tree: tree, oldRegister: oldRegister, sources: history, crosswalk: parsedCrosswalk,
                                    files: Array(parsedHistory), dataFiles: dataFiles, into: &diagnostics)
        }

        diagnostics += planReading
        var plans: [Plan] = []
        for (source, piece) in zip(planSources, next(planSources.count)) {
            diagnostics += piece.problems
            guard var definition = piece.plan, !piece.problems.contains(where: { $0.severity == .error }) else { continue }
            definition.value.narrative = narrative(for: definition.narrativeFile, id: source.id, in: "plans", into: &diagnostics)
            plans.append(definition.value)
        }

        diagnostics += reportListing
        var reports: [Report] = []
        for source in reportSources {
            diagnostics += source.reading
            guard source.bytes != nil, let piece = next(1).first else { continue }
            diagnostics += piece.problems
            guard var definition = piece.report, !piece.problems.contains(where: { $0.severity == .error }) else { continue }
            if !plans.contains(where: { $0.id == definition.value.planID }) {
                let known = plans.map(\.id)
                let hint = Suggestion.closest(to: definition.value.planID, among: known).map { "; did you mean \"\($0)\"?" } ?? ""
                diagnostics.append(Diagnostic(.error, "the report's plan \"\(definition.value.planID)\" is not a readable plan in plans/\(hint)", at: definition.value.source))
                continue
            }
            definition.value.narrative = narrative(for: definition.narrativeFile, id: source.id, in: "reports", into: &diagnostics)
            reports.append(definition.value)
        }

        guard let tree else { return Result(project: nil, diagnostics: diagnostics) }
        let data = DataStore(datasets: datasets)
        diagnostics += DataChecks.warnings(tree: tree, data: data)
        return Result(project: Project(tree: tree, data: data, plans: plans, reports: reports), diagnostics: diagnostics)
    }

    // MARK: - Files

    /// The plan definitions of `plans/`, in name order, read from disk.
    private func planSources(into diagnostics: inout [Diagnostic]) -> [PlanSource] {
        var sources: [PlanSource] = []
        for name in files(in: "plans", into: &diagnostics) where name.hasSuffix(".json") {
            let id = String(name.dropLast(5))
            guard checkID(id, file: "plans/\(name)", into: &diagnostics),
                  let bytes = read("plans/\(name)", required: true, into: &diagnostics) else { continue }
            sources.append(PlanSource(name: name, id: id, bytes: bytes))
        }
        return sources
    }

    /// The report definitions of `reports/`, in name order, each with the problems of reading it
    /// (reported just before its own) and its bytes when it could be read; and the problems of
    /// listing the folder.
    private func reportSources() -> (listing: [Diagnostic], [(name: String, id: String, reading: [Diagnostic], bytes: [UInt8]?)]) {
        var listing: [Diagnostic] = []
        let sources = files(in: "reports", into: &listing).filter { $0.hasSuffix(".json") }.map { name in
            let id = String(name.dropLast(5))
            var reading: [Diagnostic] = []
            let bytes = checkID(id, file: "reports/\(name)", into: &reading) ? read("reports/\(name)", required: true, into: &reading) : nil
            return (name, id, reading, bytes)
        }
        return (listing, sources)
    }


    /// The path to show for a file inside the folder: "input/data/2018.csv".
    func path(_ relative: String) -> String {
        displayPath.isEmpty || displayPath == "." ? relative : "\(displayPath.hasSuffix("/") ? String(displayPath.dropLast()) : displayPath)/\(relative)"
    }

    func isFolder(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The visible files of a subfolder, sorted by name; none when the folder is absent.
    func files(in subfolder: String, into diagnostics: inout [Diagnostic]) -> [String] {
        let url = folder.appendingPathComponent(subfolder)
        guard isFolder(url) else { return [] }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else {
            diagnostics.append(Diagnostic(.error, "the folder cannot be read", at: SourceRef(path: path(subfolder))))
            return []
        }
        return names.filter { !$0.hasPrefix(".") && !$0.hasPrefix("~$") && !isFolder(url.appendingPathComponent($0)) }.sorted()
    }

    func read(_ relative: String, required: Bool, into diagnostics: inout [Diagnostic]) -> [UInt8]? {
        let url = folder.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else {
            if required { diagnostics.append(Diagnostic(.error, "the file is missing", at: SourceRef(path: path(relative)))) }
            return nil
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            diagnostics.append(Diagnostic(.error, "the file cannot be read (check its permissions)", at: SourceRef(path: path(relative))))
            return nil
        }
        return [UInt8](data)
    }

    /// Plan and report ids become folder names in the output: letters, digits, "-", "_" and "." only.
    private func checkID(_ id: String, file: String, into diagnostics: inout [Diagnostic]) -> Bool {
        guard SafeName.isSafe(id) else {
            diagnostics.append(Diagnostic(.error, "the file name \"\(id)\" cannot name an output folder; use letters, digits, \"-\" and \"_\" only", at: SourceRef(path: path(file))))
            return false
        }
        return true
    }

    /// The narrative named by the definition (an error when missing), else `<id>.md` when present.
    private func narrative(for file: (name: String, source: SourceRef)?, id: String, in subfolder: String,
                           into diagnostics: inout [Diagnostic]) -> String? {
        let name = file?.name ?? "\(id).md"
        let url = folder.appendingPathComponent(subfolder).appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            if let file {
                diagnostics.append(Diagnostic(.error, "the narrative file \"\(subfolder)/\(name)\" is missing", at: file.source))
            }
            return nil
        }
        guard let bytes = read("\(subfolder)/\(name)", required: true, into: &diagnostics) else { return nil }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            diagnostics.append(Diagnostic(.error, "the narrative is not UTF-8 text; save it as UTF-8", at: SourceRef(path: path("\(subfolder)/\(name)"))))
            return nil
        }
        let withoutMark = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        // Foundation's search only when there is a carriage return to take out.
        let lines = bytes.contains(UInt8(ascii: "\r")) ? withoutMark.replacingOccurrences(of: "\r\n", with: "\n") : withoutMark
        return ComposedText.composed(lines)
    }
}

/// Names that can safely become file or folder names in the output.
public enum SafeName {
    /// The longest name, in UTF-8 bytes: file systems allow 255 bytes in a name, and 64 leave
    /// room for every suffix the output adds (`.html`, staging names) with a wide margin.
    public static let maximumBytes = 64

    /// True for non-empty names of at most `maximumBytes` bytes of letters, digits, "-", "_" and
    /// "." that do not start with "." (so never "..", a path or a hidden file).
    public static func isSafe(_ name: String) -> Bool {
        guard !name.isEmpty && name.utf8.count <= maximumBytes && !name.hasPrefix(".") else { return false }
        // ASCII names (nearly all) without Foundation's character sets; others with them.
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return name.utf8.allSatisfy(isSafeASCII) }
        return name.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0) }
    }

    /// An ASCII letter or digit, "-", "_" or ".".
    private static func isSafeASCII(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."): true
        default: false
        }
    }
}
