import BHXHBuild
import BHXHOutput
import Foundation

/// `site`: renders the whole site of the national sample (documents, tables, charts, pages)
/// with `OutputBuilder` into memory, counting the bytes instead of writing them: rendering
/// without the disk.
func siteBenchmark() throws {
    let national = try NationalFolder()
    defer { national.remove() }
    let (checked, _) = Pipeline.check(input: national.input, displayPath: "national", strict: false)
    guard let figures = checked else { preconditionFailure("the national sample does not compute") }
    let builder = OutputBuilder(figures: figures, options: OutputOptions(templateFolders: [ShippedTemplates.locate()]))
    let first = CountingSink(wrapping: DiscardingSink())
    try builder.write(to: first)
    print("site: \(first.count) files, \(first.bytes / 1_000_000) MB")
    try measure("site", runs: 5, bytes: first.bytes) {
        try builder.write(to: DiscardingSink())
    }
}

/// A sink that keeps nothing: rendering without the disk.
struct DiscardingSink: OutputSink {
    func write(_ bytes: [UInt8], to relativePath: String) throws(PublishError) {}
}
