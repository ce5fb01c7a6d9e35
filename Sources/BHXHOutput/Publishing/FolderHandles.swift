import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Open handles on the folders of an output being written, so that each file is created relative
/// to its folder's handle (`openat`) instead of the system walking the whole path again for every
/// file; folders are created on first use. Safe to use from several threads.
final class FolderHandles: @unchecked Sendable {
    private let lock = NSLock()
    /// The open folders by their path relative to the root ("" is the root itself).
    private var handles: [Substring: Int32]

    /// Opens `root`, which must exist; the system's message when it cannot be opened.
    init(root: String) throws(FolderError) {
        let descriptor = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FolderError(message: String(cString: strerror(errno))) }
        handles = ["": descriptor]
    }

    deinit { closeAll() }

    /// The system's message for a folder or file that could not be created.
    struct FolderError: Error {
        /// What the system said.
        let message: String
    }

    /// Creates (or truncates) the file at `parts` (plain names, checked by the caller) and writes
    /// `bytes` into it, creating its folders as needed; no `fsync`.
    func write(_ bytes: [UInt8], to parts: [Substring]) throws(FolderError) {
        guard let name = parts.last else { throw FolderError(message: "no file name") }
        let folder = try handle(parts.dropLast())
        let descriptor = openat(folder, String(name), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FolderError(message: String(cString: strerror(errno))) }
        var problem: String?
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    problem = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, problem == nil { problem = String(cString: strerror(errno)) }
        if let problem { throw FolderError(message: problem) }
    }

    /// Closes every handle; the files written stay.
    func closeAll() {
        lock.withLock {
            for descriptor in handles.values { close(descriptor) }
            handles = [:]
        }
    }

    /// The handle of the folder at `parts`, created and opened on first use.
    private func handle(_ parts: ArraySlice<Substring>) throws(FolderError) -> Int32 {
        lock.lock()
        defer { lock.unlock() }
        return try openedHandle(parts)
    }

    /// `handle(_:)` with the lock held.
    private func openedHandle(_ parts: ArraySlice<Substring>) throws(FolderError) -> Int32 {
        let key = parts.isEmpty ? "" : parts.joined(separator: "/")[...]
        if let descriptor = handles[key] { return descriptor }
        guard let name = parts.last else { throw FolderError(message: "the output folder is closed") }
        let parent = try openedHandle(parts.dropLast())
        let folderName = String(name)
        if mkdirat(parent, folderName, 0o755) != 0, errno != EEXIST {
            throw FolderError(message: String(cString: strerror(errno)))
        }
        let descriptor = openat(parent, folderName, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FolderError(message: String(cString: strerror(errno))) }
        handles[key] = descriptor
        return descriptor
    }
}
