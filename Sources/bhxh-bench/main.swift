// bhxh-bench: run with `swift run -c release bhxh-bench [name…]`; see docs/PERFORMANCE.md.
let selected = Set(CommandLine.arguments.dropFirst())
let benchmarks: [(name: String, run: () throws -> Void)] = [
    ("csv-read", csvReadBenchmark),
    ("template-table", templateTableBenchmark),
]
for benchmark in benchmarks where selected.isEmpty || selected.contains(benchmark.name) {
    try benchmark.run()
}
