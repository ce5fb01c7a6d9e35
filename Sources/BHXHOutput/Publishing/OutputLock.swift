import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps two builds from writing one output at once: an exclusive `flock` on the hidden file
/// `.<name>.lock` beside the output, held from before the staging folder is made until the swap
/// is done. The system releases it when the process ends, even by `kill -9`, so a killed build
/// never blocks the next one.
final class OutputLock: @unchecked Sendable {
    /// The lock file of the output folder `destination`.
    static func path(for destination: URL) -> URL {
        destination.deletingLastPathComponent().appendingPathComponent(".\(destination.lastPathComponent).lock")
    }

    private let path: String
    private let lock = NSLock()
    private var descriptor: Int32

    /// Takes the lock of `destination` (whose parent folder exists); `shown` names the output in
    /// the message when another build holds it.
    init(for destination: URL, shown: String) throws(PublishError) {
        path = Self.path(for: destination).path
        // A build that releases the lock removes its file; one that opened the file before that
        // holds a lock on a file no longer there, so it opens the new one.
        for _ in 0..<16 {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw PublishError(description: "\(path): cannot create the lock file that keeps two builds apart (\(String(cString: strerror(errno))))")
            }
            if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                let problem = errno
                close(descriptor)
                guard problem == EWOULDBLOCK else {
                    throw PublishError(description: "\(path): cannot lock the output (\(String(cString: strerror(problem))))")
                }
                throw Self.busy(shown)
            }
            var held = stat()
            var named = stat()
            if fstat(descriptor, &held) == 0, stat(path, &named) == 0, held.st_dev == named.st_dev, held.st_ino == named.st_ino {
                self.descriptor = descriptor
                return
            }
            close(descriptor)
        }
        throw Self.busy(shown)
    }

    /// The refusal when another build holds the lock.
    private static func busy(_ shown: String) -> PublishError {
        PublishError(kind: .busy, description: "another build is writing \(shown); wait for it to finish, or write to another folder")
    }

    /// Removes the lock file and lets the next build in; later calls do nothing.
    func release() {
        lock.withLock {
            guard descriptor >= 0 else { return }
            unlink(path)
            close(descriptor)
            descriptor = -1
        }
    }

    deinit { release() }
}
