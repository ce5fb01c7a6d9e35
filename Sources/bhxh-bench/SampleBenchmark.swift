import BHXHSample

/// `sample`: generates the national sample in memory (34 provinces, 3,321 communes, 150 files)
/// with `NationalSample().generate()`; the throughput is over the bytes it makes.
func sampleBenchmark() {
    let bytes = NationalSample().generate().byteCount
    print("sample: 150 files, \(bytes / 1_000) kB")
    measure("sample", runs: 5, bytes: bytes) {
        precondition(NationalSample().generate().files.count == 150)
    }
}
