import Dispatch
import Foundation

/// The wall times of a benchmark's runs, sorted, and their processor time.
struct Timing {
    /// Wall seconds of each run, fastest first.
    let seconds: [Double]
    /// Processor seconds (user + system, all threads) of each run, in run order.
    let processorSeconds: [Double]

    /// The middle run (the upper middle of an even count).
    var median: Double { seconds[seconds.count / 2] }
    /// The fastest run.
    var minimum: Double { seconds[0] }
    /// The slowest run.
    var maximum: Double { seconds[seconds.count - 1] }
    /// The middle run's processor time.
    var processorMedian: Double { processorSeconds.sorted()[processorSeconds.count / 2] }

    /// "median 812.40 ms, min 790.10 ms, max 901.00 ms over 10 runs".
    var summary: String {
        "median \(formatSeconds(median)), min \(formatSeconds(minimum)), max \(formatSeconds(maximum)) over \(seconds.count) runs"
    }
}

/// Runs `body` `runs` times after one warm-up run and prints the median, minimum and maximum wall
/// time and the median processor time, with a throughput when `bytes` says how much data one run
/// handles. With `floor`, each run is followed by `cp -r floor` (the disk's floor for the same
/// data, measured in the same minutes) and its times and the ratio of the medians are printed
/// too. Output is flushed after each result.
@discardableResult
func measure(_ name: String, runs: Int = 10, bytes: Int? = nil, floor: URL? = nil,
             _ body: () throws -> Void) rethrows -> Timing {
    try body()
    var seconds: [Double] = []
    var processor: [Double] = []
    var floorSeconds: [Double] = []
    for _ in 0..<runs {
        let cpuStart = processorTime()
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        processor.append(processorTime() - cpuStart)
        if let floor { floorSeconds.append(copyTime(of: floor)) }
    }
    let timing = Timing(seconds: seconds.sorted(), processorSeconds: processor)
    var line = "\(name): \(timing.summary), processor \(formatSeconds(timing.processorMedian))"
    if let bytes {
        line += ", \(formatRate(Double(bytes) / timing.median / 1_000_000)) MB/s "
            + "(\(formatRate(Double(bytes) / timing.maximum / 1_000_000))–\(formatRate(Double(bytes) / timing.minimum / 1_000_000)))"
    }
    print(line)
    if let floor {
        let copy = Timing(seconds: floorSeconds.sorted(), processorSeconds: floorSeconds)
        print("\(name) floor (cp -r \(floor.lastPathComponent)): \(copy.summary); \(name) ÷ floor = \(formatRate(timing.median / copy.median))×")
    }
    fflush(nil) // each result as soon as it is measured, also when piped to a file
    return timing
}

/// User and system time of this process so far, all threads, in seconds.
private func processorTime() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// The wall seconds of `cp -r folder <scratch>`; the copy is deleted afterwards (not timed).
private func copyTime(of folder: URL) -> Double {
    let copy = FileManager.default.temporaryDirectory.appendingPathComponent("bhxh-bench-copy-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: copy) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/cp")
    process.arguments = ["-r", folder.path, copy.path]
    let start = DispatchTime.now().uptimeNanoseconds
    do {
        try process.run()
        process.waitUntilExit()
    } catch {
        preconditionFailure("cannot run cp -r: \(error)")
    }
    precondition(process.terminationStatus == 0, "cp -r \(folder.path) failed")
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
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
