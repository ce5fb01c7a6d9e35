import AdministrativeRegister
import BHXHSample

/// `sample`: generates the national sample in memory (34 provinces, 3,321 communes, 152 files)
/// with `NationalSample().generate(register:)`, the register read once; the throughput is over
/// the bytes it makes.
func sampleBenchmark() throws {
    let register = try ShippedRegister.load()
    let bytes = NationalSample().generate(register: register).byteCount
    print("sample: 152 files, \(bytes / 1_000) kB")
    measure("sample", runs: 5, bytes: bytes) {
        precondition(NationalSample().generate(register: register).files.count == 152)
    }
}
