import BHXHBuild
import Foundation
import SharedFixture
import Testing

/// The shipped example `input/` built as it is, with the default request: what the build said
/// and every file it wrote. Made once per test process, for the tests that only read the
/// example's output; a test that changes the example builds its own copy.
struct ExampleBuild: Sendable {
    /// What the build said.
    let outcome: BuildOutcome
    /// Every file written, by path relative to the output folder.
    let files: [String: Data]

    /// The shared build, made when a test first asks for it.
    static let shared = SharedFixture { Result { try ExampleBuild() } }

    /// Builds a scratch copy of the example into a scratch output folder, removed after.
    private init() throws {
        let folder = try ProjectFolder()
        defer { folder.remove() }
        outcome = Pipeline.build(BuildRequest(input: folder.input, inputDisplayPath: "input", output: folder.output))
        files = try folder.outputFiles()
    }

    /// The shared build's files, by path, expecting the build to have succeeded.
    static func files() async throws -> [String: Data] {
        let example = try await shared.value().get()
        #expect(example.outcome.failure == nil, "\(example.outcome)")
        return example.files
    }

    /// The same as text.
    static func texts() async throws -> [String: String] {
        try await files().mapValues { String(decoding: $0, as: UTF8.self) }
    }
}
