import Testing

/// The suites that read the shared national sample or its strict check (`SharedSamples`), run
/// one test at a time. Swift Testing runs at most twice as many tests as there are cores at once,
/// and a test waiting for a shared value keeps its place meanwhile; in one line, the first test
/// makes the sample while the other places run other tests, and the rest find it made.
@Suite(.serialized) enum NationalSampleTests {}
