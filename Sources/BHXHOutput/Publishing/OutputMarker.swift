import Foundation

/// The small file `.bhxh-report` that every output folder of a build holds, so that the next
/// build knows the folder is its own to replace, and that marks a build's staging folder so a
/// folder left by a killed build is recognisably ours.
public enum OutputMarker {
    /// The marker's file name inside the folder.
    public static let fileName = ".bhxh-report"
    /// Its first line, by which it is recognised.
    static let signature = "bhxh-report output"
    /// The whole text of the marker.
    static let text = """
    \(signature)
    This folder was written by bhxh-report; the next build replaces it whole. See docs/OUTPUT.md.

    """

    /// Writes the marker into `folder`.
    static func write(into folder: URL) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(fileName))
    }

    /// True when `folder` holds a marker.
    static func isMarked(_ folder: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(fileName)) else {
            return false
        }
        return String(decoding: data.prefix(signature.utf8.count + 1), as: UTF8.self) == signature + "\n"
    }

    /// True when `folder`, holding `entries`, is a build's output: it has the marker, or it holds
    /// nothing but the README a build writes (the repository's own `output/`, as committed).
    static func isBuildOutput(_ folder: String, entries: [String]) -> Bool {
        if entries.contains(fileName) { return isMarked(folder) }
        guard entries == ["README.md"],
              let readme = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent("README.md")) else {
            return false
        }
        return readme == Data(OutputBuilder.readme.utf8)
    }
}
