import BHXHOutput
import Foundation

/// The files of a generated project folder, in the order they were made.
public struct SampleFolder: Sendable {
    /// Each file's path inside the folder ("data/2020.csv") and its bytes.
    public private(set) var files: [(path: String, bytes: [UInt8])] = []

    /// Adds one file.
    mutating func add(_ path: String, _ bytes: [UInt8]) {
        files.append((path, bytes))
    }

    /// The bytes of all files together.
    public var byteCount: Int { files.reduce(0) { $0 + $1.bytes.count } }

    /// Writes the folder to `destination` as a whole: built beside it and swapped in at the end,
    /// so an interrupted run never leaves half a folder. An existing folder that is not empty is
    /// only replaced when `replacing` is true.
    public func write(to destination: URL, replacing: Bool) throws(PublishError) {
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: destination.path)) ?? []
        guard contents.isEmpty || replacing else {
            throw PublishError(description: "\(destination.path) already exists and is not empty; choose another folder or add --force to replace it")
        }
        let staging = try OutputStaging(destination: destination)
        do throws(PublishError) {
            for file in files {
                try staging.write(file.bytes, to: file.path)
            }
            try staging.commit()
        } catch {
            staging.discard()
            throw error
        }
    }
}
