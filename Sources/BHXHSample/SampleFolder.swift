import BHXHOutput
import Foundation

/// The files of a generated project folder, in the order they were made.
public struct SampleFolder: Sendable {
    /// Each file's path inside the folder ("data/2020.csv") and its bytes.
    public private(set) var files: [(path: String, bytes: [UInt8])] = []

    /// An empty folder.
    public init() {}

    /// Adds one file.
    public mutating func add(_ path: String, _ bytes: [UInt8]) {
        files.append((path, bytes))
    }

    /// The bytes of all files together.
    public var byteCount: Int { files.reduce(0) { $0 + $1.bytes.count } }

    /// Writes the folder to `destination` as a whole: built beside it and swapped in at the end,
    /// so an interrupted run never leaves half a folder. An existing folder that is not empty is
    /// only replaced when `replacing` is true; a file, the current or the home folder never
    /// (a `.refused` error, as is another run writing it a `.busy` one). Messages name the
    /// folder as `shown`.
    public func write(to destination: URL, shown: String? = nil, replacing: Bool) throws(PublishError) {
        _ = try Self.write(to: destination, shown: shown, replacing: replacing) { self }
    }

    /// Writes the folder that `make` gives as `write(to:shown:replacing:)` does, calling `make`
    /// only once the folder may be written (a refused or busy folder costs no generating), and
    /// returns it.
    public static func write(to destination: URL, shown: String? = nil, replacing: Bool,
                             making make: () -> SampleFolder) throws(PublishError) -> SampleFolder {
        let placement = OutputPlacement(destination, shown: shown ?? destination.path)
        if let refusal = placement.refusal(guarding: [], replaceable: replacing ? .any : .empty) {
            throw PublishError(kind: .refused, description: refusal)
        }
        let staging = try OutputStaging(destination: placement.destination, shown: placement.shown, keepsMarker: false)
        let folder = make()
        do throws(PublishError) {
            for file in folder.files {
                try staging.write(file.bytes, to: file.path)
            }
            try staging.commit()
        } catch {
            staging.discard()
            throw error
        }
        return folder
    }
}
