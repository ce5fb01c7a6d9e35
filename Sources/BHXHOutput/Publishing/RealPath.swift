import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Paths as the file system sees them, so that two names for one folder (a relative path, `.`,
/// `..`, a symbolic link) compare equal.
enum RealPath {
    /// The absolute path `url` names: the part that exists resolved by the system (symbolic
    /// links, `.` and `..` followed), the part that does not exist yet appended as written; nil
    /// when the path goes on past something that is not a folder ("report.txt/site").
    static func resolve(_ url: URL) -> String? {
        var existing = (url.path as NSString).pathComponents
        var missing: [String] = []
        var base = "/"
        while !existing.isEmpty {
            if let resolved = realpath(NSString.path(withComponents: existing), nil) {
                base = String(cString: resolved)
                free(resolved)
                break
            }
            missing.insert(existing.removeLast(), at: 0)
        }
        if !missing.isEmpty, kind(at: base) != .folder { return nil }
        for component in missing where component != "." {
            base = component == ".." ? (base as NSString).deletingLastPathComponent : (base as NSString).appendingPathComponent(component)
        }
        return base
    }

    /// True when `path` is `folder` or lies anywhere inside it (both resolved).
    static func path(_ path: String, isWithin folder: String) -> Bool {
        path == folder || folder == "/" || path.hasPrefix(folder + "/")
    }

    /// What is at `path` without following a final symbolic link: nil when nothing is there.
    static func kind(at path: String) -> Kind? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFLNK: return .link
        default: return .file
        }
    }

    /// What a path names.
    enum Kind { case folder, file, link }
}
