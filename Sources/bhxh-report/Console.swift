import Foundation

/// Where the command writes: its result on standard output, progress and problems on
/// standard error.
protocol Console: Sendable {
    /// Writes `text` exactly as given to standard output.
    func output(_ text: String)
    /// Writes `line` and a newline to standard error.
    func message(_ line: String)
}

/// The process's own standard output and error.
struct StandardConsole: Console {
    func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    func message(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
