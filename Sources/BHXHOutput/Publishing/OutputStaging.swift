import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A problem writing the output folder.
public struct PublishError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, naming the path.
    public var description: String

    /// A problem described in words that name the path.
    public init(description: String) {
        self.description = description
    }
}

/// Builds a new output folder beside the destination and swaps it in only when everything was
/// written, so that the previous output stays exactly as it was on any error or interruption
/// (even `kill -9`): readers see either the whole old folder or the whole new one.
public final class OutputStaging: OutputSink, @unchecked Sendable {
    /// The folder being replaced.
    public let destination: URL
    /// The folder being written.
    public let staging: URL
    private let lock = NSLock()
    private var createdFolders: Set<String> = []

    /// Creates an empty staging folder next to `destination` (same file system, so the swap is a
    /// rename), removing stale ones left by interrupted builds.
    public init(destination: URL) throws(PublishError) {
        let destination = destination.standardizedFileURL
        self.destination = destination
        let parent = destination.deletingLastPathComponent()
        let prefix = ".\(destination.lastPathComponent).staging-"
        Self.removeStale(in: parent, prefix: prefix)
        staging = parent.appendingPathComponent("\(prefix)\(getpid())")
        let manager = FileManager.default
        do {
            try? manager.removeItem(at: staging)
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw PublishError(description: "\(parent.path): cannot create a folder to build the output in (\(error.localizedDescription))")
        }
    }

    /// Writes one file at a path relative to the output folder, creating folders as needed.
    /// Paths that would leave the folder (absolute, "..", empty parts) are refused.
    /// Safe to call from several threads for different files.
    public func write(_ bytes: [UInt8], to relativePath: String) throws(PublishError) {
        let parts = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        guard !relativePath.hasPrefix("/"), !parts.isEmpty,
              parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\\") && !$0.contains("\0") }) else {
            throw PublishError(description: "refusing to write \"\(relativePath)\": not a plain path inside the output folder")
        }
        let file = staging.appendingPathComponent(relativePath)
        let folder = file.deletingLastPathComponent()
        do {
            try ensureFolder(folder)
        } catch {
            throw PublishError(description: "\(relativePath): cannot be written (\(error.localizedDescription))")
        }
        if let problem = Self.writeFile(bytes, at: file.path) {
            throw PublishError(description: "\(relativePath): cannot be written (\(problem))")
        }
    }

    /// Writes a new file with plain system calls (no `fsync` per file: the swap at the end is what
    /// makes the build atomic); the system's message on failure.
    private static func writeFile(_ bytes: [UInt8], at path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        var problem: String?
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    problem = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, problem == nil { problem = String(cString: strerror(errno)) }
        return problem
    }

    /// Swaps the staging folder in place of the destination and deletes the previous output.
    public func commit() throws(PublishError) {
        let manager = FileManager.default
        if manager.fileExists(atPath: destination.path) {
            if Self.exchange(staging.path, destination.path) {
                // The previous output now sits at the staging path.
                try? manager.removeItem(at: staging)
                return
            }
            // No atomic exchange on this system: two renames, the old folder kept until the end.
            let old = destination.deletingLastPathComponent()
                .appendingPathComponent(".\(destination.lastPathComponent).old-\(getpid())")
            try? manager.removeItem(at: old)
            do {
                try manager.moveItem(at: destination, to: old)
            } catch {
                throw PublishError(description: "\(destination.path): cannot be replaced (\(error.localizedDescription))")
            }
            do {
                try manager.moveItem(at: staging, to: destination)
            } catch {
                try? manager.moveItem(at: old, to: destination)
                throw PublishError(description: "\(destination.path): cannot be replaced (\(error.localizedDescription))")
            }
            try? manager.removeItem(at: old)
        } else {
            do {
                try manager.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                try manager.moveItem(at: staging, to: destination)
            } catch {
                throw PublishError(description: "\(destination.path): cannot be created (\(error.localizedDescription))")
            }
        }
    }

    /// Deletes the staging folder; the destination is untouched.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    private func ensureFolder(_ folder: URL) throws {
        let key = folder.path
        lock.lock()
        defer { lock.unlock() }
        guard !createdFolders.contains(key) else { return }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        createdFolders.insert(key)
    }

    /// Removes staging folders of builds whose process is gone.
    private static func removeStale(in parent: URL, prefix: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            if let pid = Int32(name.dropFirst(prefix.count)), pid != getpid(), kill(pid, 0) == 0 { continue }
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    /// Atomically exchanges two paths (Linux `renameat2` with `RENAME_EXCHANGE`, macOS
    /// `renamex_np` with `RENAME_SWAP`); false when the system cannot.
    private static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 2
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
        #elseif canImport(Darwin)
        return renamex_np(a, b, UInt32(RENAME_SWAP)) == 0
        #else
        return false
        #endif
    }
}
