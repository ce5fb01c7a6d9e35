import Foundation

/// Where the command writes: its result on standard output, progress and problems on
/// standard error.
protocol Console: Sendable {
    /// Writes `text` exactly as given to standard output.
    func output(_ text: String)
    /// Writes the UTF-8 `bytes` exactly as given to standard output.
    func output(bytes: [UInt8])
    /// Writes `line` and a newline to standard error.
    func message(_ line: String)
}

extension Console {
    /// Writes the UTF-8 `bytes` as text, through `output(_:)`.
    func output(bytes: [UInt8]) {
        output(String(decoding: bytes, as: UTF8.self))
    }
}

/// The process's own standard output and error.
struct StandardConsole: Console {
    func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    func output(bytes: [UInt8]) {
        // Written from the array's own memory: a report can be tens of megabytes.
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            FileHandle.standardOutput.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: raw.count, deallocator: .none))
        }
    }

    func message(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
