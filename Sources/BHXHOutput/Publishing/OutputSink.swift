/// Where generated files go: the staging folder of a build, or memory in tests.
public protocol OutputSink: Sendable {
    /// Writes one file at a path relative to the output folder ("plans/x/figures.csv").
    /// Safe to call from several threads for different files.
    func write(_ bytes: [UInt8], to relativePath: String) throws(PublishError)
}
