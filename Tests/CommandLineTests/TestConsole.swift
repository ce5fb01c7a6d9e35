import Foundation
@testable import bhxh_report

/// Captures what a command writes, for assertions.
final class TestConsole: Console, @unchecked Sendable {
    private let lock = NSLock()
    private var out = ""
    private var lines: [String] = []

    func output(_ text: String) { lock.withLock { out += text } }
    func message(_ line: String) { lock.withLock { lines.append(line) } }

    /// Everything written to standard output.
    var standardOutput: String { lock.withLock { out } }
    /// Every line written to standard error.
    var messages: [String] { lock.withLock { lines } }
}

/// Runs `bhxh-report` with `arguments`; returns the exit status and the console.
func run(_ arguments: [String]) -> (status: Int32, console: TestConsole) {
    let console = TestConsole()
    let status = CommandLineTool(console: console).run(arguments)
    return (status, console)
}
