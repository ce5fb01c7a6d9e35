import BHXHBuild
import BHXHCore
import BHXHSample
import Foundation
import SharedFixture

/// The samples several tests read, each made once per test process by the first test that asks
/// for it (see `SharedFixture`), and never changed after. Tests that write, write to their own
/// scratch folders.
enum SharedSamples {
    /// The default national sample (empty when the register cannot be read).
    static let national = SharedFixture { (try? NationalSample().generate()) ?? SampleFolder() }

    /// The default national sample written to disk, read back and computed as
    /// `bhxh-report validate --strict` would.
    static let nationalCheck = SharedFixture { await check(national.value(), as: "national") }

    /// Three provinces of the sample with seed 1.
    static let threeProvinces = SharedFixture { try? NationalSample(seed: 1, provinces: 3).generate() }

    /// `sample` written to a scratch folder (removed after) and checked in strict mode.
    static func check(_ sample: SampleFolder, as displayPath: String) -> (figures: ProjectFigures?, diagnostics: [Diagnostic]) {
        let folder = ScratchFolder()
        defer { folder.remove() }
        do {
            try sample.write(to: folder.url, replacing: false)
        } catch {
            return (nil, [Diagnostic(.error, "the sample could not be written: \(error)", at: nil)])
        }
        let (figures, diagnostics) = Pipeline.check(input: folder.url, displayPath: displayPath, strict: true)
        return (figures, diagnostics)
    }
}
