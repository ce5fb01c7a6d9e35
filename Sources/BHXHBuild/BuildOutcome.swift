import BHXHCore

/// What a build did: the problems it found and, when it published, what it wrote.
public struct BuildOutcome: Sendable {
    /// Why a build published nothing.
    public enum Failure: Sendable, Equatable {
        /// The input has errors (or warnings under `--strict`); the diagnostics list them.
        case input
        /// A template could not be rendered or the output folder could not be written; the text
        /// says where and why (`templates/plan.html.mustache:41:7: error: …`).
        case output(String)
        /// The output folder must not be replaced (it holds the project, is a file, holds files
        /// no build wrote); nothing was read or written. The sentence says why and what to do.
        case refused(String)
        /// Another build is writing the same output folder; nothing was written.
        case busy(String)
    }

    /// Errors and warnings found, in file order.
    public var diagnostics: [Diagnostic]
    /// Why nothing was published, or nil when the output was replaced.
    public var failure: Failure?
    /// Plans written.
    public var plans = 0
    /// Reports written.
    public var reports = 0
    /// Files written.
    public var files = 0
    /// Bytes written.
    public var bytes = 0

    /// Creates an outcome.
    public init(diagnostics: [Diagnostic], failure: Failure? = nil, plans: Int = 0, reports: Int = 0,
                files: Int = 0, bytes: Int = 0) {
        self.diagnostics = diagnostics
        self.failure = failure
        self.plans = plans
        self.reports = reports
        self.files = files
        self.bytes = bytes
    }
}
