import Foundation

/// A folder the output must keep clear of: it is never the output, never inside it and never
/// holds it (the project folder, a templates folder).
public struct GuardedFolder: Sendable {
    /// The folder.
    public var url: URL
    /// How a message names it ("the project folder p1").
    public var shown: String
    /// An output folder to suggest instead ("p1-output"), or nil.
    public var suggestion: String?

    /// A folder to keep clear of.
    public init(_ url: URL, shown: String, suggestion: String? = nil) {
        self.url = url
        self.shown = shown
        self.suggestion = suggestion
    }
}

/// Decides, before anything is written, whether a folder may be replaced by an output: compares
/// real paths (symbolic links, `.`, `..` and relative paths followed) with the folders the build
/// reads, the current folder and the home folder, and looks at what the folder holds.
public struct OutputPlacement: Sendable {
    /// Which existing folders may be replaced without `--force`.
    public enum Replaceable: Sendable {
        /// An empty folder or a build's output (`OutputMarker.isBuildOutput`).
        case buildOutput
        /// Only an empty folder.
        case empty
        /// Any folder (`--force`).
        case any
    }

    /// The folder the output goes to, as the file system names it: what to stage and swap.
    public let destination: URL
    /// The folder as the user gave it, for messages.
    public let shown: String
    /// False when the path goes on past a file, so it can name no folder.
    private let nameable: Bool

    /// The placement of `url`, shown in messages as `shown`.
    public init(_ url: URL, shown: String) {
        let resolved = RealPath.resolve(url)
        destination = URL(fileURLWithPath: resolved ?? url.standardizedFileURL.path, isDirectory: true)
        nameable = resolved != nil
        self.shown = shown
    }

    /// Why the folder must not be replaced, in one sentence saying what to do, or nil when it may
    /// be: it is, holds or lies inside a guarded folder (or a folder one of them reaches through
    /// a symbolic link), it is or holds the current or the home folder, it exists and is not a
    /// folder, or it holds files and is not `replaceable` (the message then offers `--force`).
    /// `currentFolder` is the folder relative paths were resolved in.
    public func refusal(guarding guarded: [GuardedFolder], replaceable: Replaceable,
                        currentFolder: String = FileManager.default.currentDirectoryPath) -> String? {
        let output = destination.path
        guard nameable else {
            return "\(shown) goes on past a file, so it cannot name a folder; give the path of a folder"
        }
        for folder in guarded {
            let instead = folder.suggestion.map { ", for example \($0)" } ?? ""
            for (path, name) in Self.reachedPaths(of: folder) {
                if output == path {
                    return "\(shown) is \(name), which a build would replace; choose another folder\(instead)"
                }
                if RealPath.path(path, isWithin: output) {
                    return "\(shown) holds \(name), which a build would delete with the rest of the folder; choose a folder outside it\(instead)"
                }
                if RealPath.path(output, isWithin: path) {
                    return "\(shown) lies inside \(name), whose files the build reads; choose a folder outside it\(instead)"
                }
            }
        }
        let home = FileManager.default.homeDirectoryForCurrentUser
        for (url, name) in [(URL(fileURLWithPath: currentFolder), "the folder you are working in"), (home, "your home folder")] {
            let path = RealPath.resolve(url) ?? url.path
            if RealPath.path(path, isWithin: output) {
                return "\(shown) \(path == output ? "is" : "holds") \(name), which a build would replace; choose another folder"
            }
        }
        switch RealPath.kind(at: output) {
        case nil: return nil
        case .folder: break
        case .file, .link:
            let stem = (shown as NSString).deletingPathExtension
            return "\(shown) exists and is not a folder; a build writes a whole folder, so give a folder's name, for example \(stem == shown ? shown + "-output" : stem)"
        }
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []).sorted()
        switch replaceable {
        case .any: return nil
        case .buildOutput where entries.isEmpty || OutputMarker.isBuildOutput(output, entries: entries): return nil
        case .empty where entries.isEmpty: return nil
        case .buildOutput, .empty:
            let some = entries.prefix(3).joined(separator: ", ") + (entries.count > 3 ? ", …" : "")
            let origin = replaceable == .buildOutput ? " and no build wrote it" : ""
            return "\(shown) already exists and is not empty\(origin) (it holds \(some)); it would be replaced as a whole, so choose a new or empty folder, or add --force to replace it"
        }
    }

    /// The real paths of `folder` and of what it reaches through symbolic links among its
    /// entries and theirs (a project's `data/` kept elsewhere), each with how a message names it.
    static func reachedPaths(of folder: GuardedFolder) -> [(path: String, name: String)] {
        let root = RealPath.resolve(folder.url) ?? folder.url.standardizedFileURL.path
        var paths = [(root, folder.shown)]
        var level = [root]
        for _ in 0..<2 {
            var next: [String] = []
            for parent in level {
                for name in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] {
                    let entry = (parent as NSString).appendingPathComponent(name)
                    switch RealPath.kind(at: entry) {
                    case .link:
                        let target = RealPath.resolve(URL(fileURLWithPath: entry)) ?? entry
                        paths.append((target, "the folder \(target) that \(folder.shown) reads through a link"))
                    case .folder: next.append(entry)
                    case .file, nil: break
                    }
                }
            }
            level = next
        }
        return paths
    }
}
