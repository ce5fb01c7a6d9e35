import BHXHCore

/// What audit found in the files it was given.
public struct AuditReport: Sendable {
    /// One file's result.
    public struct FileResult: Sendable {
        /// The file as the user named it.
        public var path: String
        /// The table read from it; nil when it could not be read.
        public var table: AuditTable?
        /// Problems reading it, each at its file:line:column.
        public var problems: [Diagnostic]
        /// Its findings, in file order.
        public var findings: [AuditFinding]
        /// True when it has findings and every one of them goes away if its counts are taken as
        /// rounded from unrounded values (`AuditOptions.unroundedCounts`).
        public var cleanWithUnroundedCounts: Bool
    }

    /// The files in the order given.
    public var files: [FileResult]

    /// Every finding, file by file.
    public var findings: [AuditFinding] { files.flatMap(\.findings) }

    /// Every problem reading the files.
    public var problems: [Diagnostic] { files.flatMap(\.problems) }

    /// True when nothing was found and every file was read.
    public var isClean: Bool { files.allSatisfy { $0.findings.isEmpty && $0.problems.isEmpty } }
}
