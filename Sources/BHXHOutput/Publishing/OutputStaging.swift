import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A problem writing the output folder.
public struct PublishError: Error, Sendable, CustomStringConvertible {
    /// What kind of problem it is, for the exit status.
    public enum Kind: Sendable {
        /// A file or folder could not be written.
        case unwritable
        /// The folder must not be replaced (it holds the input, is a file, holds files no build
        /// wrote); nothing was written.
        case refused
        /// Another build is writing the same output; nothing was written.
        case busy
    }

    /// What kind of problem it is.
    public var kind: Kind
    /// What went wrong, naming the path.
    public var description: String

    /// A problem described in words that name the path.
    public init(kind: Kind = .unwritable, description: String) {
        self.kind = kind
        self.description = description
    }
}

/// Builds a new output folder beside the destination and swaps it in only when everything was
/// written, so that the previous output stays exactly as it was on any error or interruption
/// (even `kill -9`): readers see either the whole old folder or the whole new one. Only one
/// staging exists per destination at a time: it holds the destination's `OutputLock` until it
/// is committed or discarded.
public final class OutputStaging: OutputSink, @unchecked Sendable {
    /// The folder being replaced.
    public let destination: URL
    /// The folder being written.
    public let staging: URL
    private let keepsMarker: Bool
    private let outputLock: OutputLock
    private let folders: FolderHandles

    /// Takes the destination's lock (another build writing it is a `.busy` error naming it as
    /// `shown`), removes the staging folders interrupted builds left, and creates an empty
    /// staging folder holding the `OutputMarker` next to `destination` (same file system, so
    /// the swap is a rename). With `keepsMarker` false the marker is taken out before the swap.
    public init(destination: URL, shown: String? = nil, keepsMarker: Bool = true) throws(PublishError) {
        let destination = destination.standardizedFileURL
        self.destination = destination
        self.keepsMarker = keepsMarker
        let parent = destination.deletingLastPathComponent()
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw PublishError(description: "\(parent.path): cannot create the folder that holds the output (\(error.localizedDescription))")
        }
        outputLock = try OutputLock(for: destination, shown: shown ?? destination.path)
        Self.removeLeftovers(of: destination)
        staging = parent.appendingPathComponent(".\(destination.lastPathComponent).staging-\(getpid())")
        do {
            try? manager.removeItem(at: staging)
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            try OutputMarker.write(into: staging)
            folders = try FolderHandles(root: staging.path)
        } catch {
            try? manager.removeItem(at: staging)
            outputLock.release()
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
        do {
            try folders.write(bytes, to: parts)
        } catch {
            throw PublishError(description: "\(relativePath): cannot be written (\(error.message))")
        }
    }

    /// Swaps the staging folder in place of the destination, deletes the previous output and
    /// lets the next build in. On an error the caller discards the staging folder.
    public func commit() throws(PublishError) {
        folders.closeAll()
        try swap()
        outputLock.release()
    }

    private func swap() throws(PublishError) {
        let manager = FileManager.default
        if !keepsMarker {
            try? manager.removeItem(at: staging.appendingPathComponent(OutputMarker.fileName))
        }
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

    /// Deletes the staging folder and lets the next build in; the destination is untouched.
    public func discard() {
        folders.closeAll()
        try? FileManager.default.removeItem(at: staging)
        outputLock.release()
    }

    /// Removes what interrupted builds left beside `destination`: staging folders (and previous
    /// outputs kept during a two-rename swap) named for it and holding the marker. With the lock
    /// held no other build is writing them, whatever process number their name carries.
    private static func removeLeftovers(of destination: URL) {
        let parent = destination.deletingLastPathComponent()
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        let prefixes = ["staging-", "old-"].map { ".\(destination.lastPathComponent).\($0)" }
        for name in names where prefixes.contains(where: { name.hasPrefix($0) }) {
            let folder = parent.appendingPathComponent(name)
            if RealPath.kind(at: folder.path) == .folder, OutputMarker.isMarked(folder.path) {
                try? FileManager.default.removeItem(at: folder)
            }
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
