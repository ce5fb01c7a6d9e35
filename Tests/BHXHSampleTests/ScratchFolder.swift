import Foundation

/// A new, not yet existing folder under the temporary directory, removed when done.
struct ScratchFolder {
    /// The folder's place.
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("bhxh-sample-\(UUID().uuidString)")

    /// Every file under the folder, by relative path, with its bytes.
    func files() throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let base = url.standardizedFileURL.path + "/"
        guard let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil) else { return [:] }
        for case let file as URL in walker where !file.hasDirectoryPath {
            files[String(file.standardizedFileURL.path.dropFirst(base.count))] = Array(try Data(contentsOf: file))
        }
        return files
    }

    /// Removes the folder and everything in it.
    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
