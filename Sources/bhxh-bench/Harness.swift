import Dispatch

/// Runs `body` `runs` times after one warm-up run and prints the median wall time, with an
/// optional throughput when `bytes` says how much data one run handles.
func measure(_ name: String, runs: Int = 7, bytes: Int? = nil, _ body: () throws -> Void) rethrows {
    try body()
    var seconds: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    seconds.sort()
    let median = seconds[seconds.count / 2]
    var line = "\(name): median \(formatSeconds(median)) over \(runs) runs (min \(formatSeconds(seconds[0])), max \(formatSeconds(seconds[seconds.count - 1])))"
    if let bytes {
        line += ", \(formatRate(Double(bytes) / median / 1_000_000)) MB/s"
    }
    print(line)
}

private func formatSeconds(_ value: Double) -> String {
    value < 1 ? "\(formatRate(value * 1000)) ms" : "\(formatRate(value)) s"
}

private func formatRate(_ value: Double) -> String {
    let hundredths = (value * 100).rounded()
    return "\(Int(hundredths) / 100).\(String(Int(hundredths) % 100).leftPadded(to: 2))"
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
