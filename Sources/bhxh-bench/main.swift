// bhxh-bench: run with `swift run -c release bhxh-bench [name…]`; see docs/PERFORMANCE.md.
import Foundation

let selected = Set(CommandLine.arguments.dropFirst())
let benchmarks: [(name: String, run: () throws -> Void)] = [
    ("csv-read", csvReadBenchmark),
    ("template-table", templateTableBenchmark),
    ("charts", chartBenchmark),
    ("sample", sampleBenchmark),
    ("load", loadBenchmark),
    ("bad-input", badInputBenchmark),
    ("audit", auditBenchmark),
    ("figures", figuresBenchmark),
    ("site", siteBenchmark),
    ("national-build", nationalBuildBenchmark),
    ("scaling", scalingBenchmark),
    ("deflate", deflateBenchmark),
]
let unknown = selected.subtracting(benchmarks.map(\.name))
guard unknown.isEmpty else {
    print("bhxh-bench: unknown benchmark \(unknown.sorted().joined(separator: ", ")); choose from \(benchmarks.map(\.name).joined(separator: ", "))")
    exit(2)
}
for benchmark in benchmarks where selected.isEmpty || selected.contains(benchmark.name) {
    try benchmark.run()
}
