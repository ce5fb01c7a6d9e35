import Dispatch
import Foundation

/// Runs `body` `runs` times after one warm-up run, prints the median and the fastest wall time,
/// with a throughput when `bytes` says how much data one run handles, and returns the median in
/// seconds. Output is flushed after each result.
@discardableResult
func measure(_ name: String, runs: Int = 7, bytes: Int? = nil, _ body: () throws -> Void) rethrows -> Double {
    try body()
    var seconds: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    seconds.sort()
    let median = seconds[seconds.count / 2]
    let fastest = seconds[0]
    var line = "\(name): median \(formatSeconds(median)), fastest \(formatSeconds(fastest)) over \(runs) runs"
    if let bytes {
        line += ", \(formatRate(Double(bytes) / median / 1_000_000)) MB/s (fastest \(formatRate(Double(bytes) / fastest / 1_000_000)) MB/s)"
    }
    print(line)
    fflush(nil) // each result as soon as it is measured, also when piped to a file
    return median
}

/// "812.40 ms", "27.13 s".
func formatSeconds(_ value: Double) -> String {
    value < 1 ? "\(formatRate(value * 1000)) ms" : "\(formatRate(value)) s"
}

/// A number with two decimals: "3.14".
func formatRate(_ value: Double) -> String {
    let hundredths = (value * 100).rounded()
    return "\(Int(hundredths) / 100).\(String(Int(hundredths) % 100).leftPadded(to: 2))"
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
