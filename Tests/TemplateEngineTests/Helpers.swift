import Foundation
import TemplateEngine

/// Renders `text` as a template called `path` with `value`, with `partials` (file name → text).
func render(_ text: String, _ value: TemplateValue = [:], path: String = "test.mustache",
            partials: [String: String] = [:], strict: Bool = false) throws -> String {
    let library = TemplateLibrary(templates: partials, strict: strict)
    return try library.render(Template(text: text, path: path), with: value)
}

/// The error rendering `text` throws, or nil when it renders.
func renderError(_ text: String, _ value: TemplateValue = [:], path: String = "test.mustache",
                 partials: [String: String] = [:], strict: Bool = false) -> TemplateError? {
    do {
        _ = try render(text, value, path: path, partials: partials, strict: strict)
        return nil
    } catch let error as TemplateError {
        return error
    } catch {
        return nil
    }
}

/// The `TemplateError` `body` throws, or nil.
func throwsError(_ body: () throws -> Any) -> TemplateError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error as? TemplateError
    }
}

/// A fresh folder in the temporary directory, removed by `remove()`.
struct ScratchFolder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("template-tests-\(UUID().uuidString)")
    var path: String { url.path }

    init() throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `text` to `name` (which may contain folders) inside this folder.
    func write(_ name: String, _ text: String) throws {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    /// Makes `name` a symbolic link to `destination`.
    func link(_ name: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: url.appendingPathComponent(name).path, withDestinationPath: destination)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
