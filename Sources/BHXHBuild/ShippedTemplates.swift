import Foundation

/// Finds the shipped `templates/` folder: the one in the current folder when it holds the
/// shipped templates (as when running `swift run` in the project), else the one of the project
/// the program was built in (found upwards from the executable, then from this source file).
public enum ShippedTemplates {
    /// A file every shipped templates folder has.
    static let marker = "plan.html.mustache"

    /// The folder, or `templates` in the current folder when none is found (the build then
    /// reports the missing templates by name).
    public static func locate() -> URL {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("templates")
        var candidates = [current]
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            var folder = executable.deletingLastPathComponent()
            while folder.pathComponents.count > 1 {
                candidates.append(folder.appendingPathComponent("templates"))
                folder = folder.deletingLastPathComponent()
            }
        }
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("templates"))
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent(marker).path) } ?? current
    }
}
