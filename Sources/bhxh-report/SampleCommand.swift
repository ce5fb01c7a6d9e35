import AdministrativeRegister
import BHXHSample
import Foundation

/// `bhxh-report sample --national DIR`: writes the made-up national project folder.
struct SampleCommand: Command {
    let name = "sample"
    let summary = "Write a national project folder on the official register (34 provinces, 3,321 communes), figures made up, to try the tool at full size."
    let usage = "bhxh-report sample --national DIR [--seed N] [--scale K] [--force]"
    let maximumPositionals = 0
    let options = [
        OptionSpec(name: "--national", value: "DIR", help: "the folder to write (units, history 2015–2024, data 2025–2026, 34 plans and 34 reports)"),
        OptionSpec(name: "--seed", value: "N", help: "another seed gives other names and figures (default: \(NationalSample.defaultSeed))"),
        OptionSpec(name: "--scale", value: "K", help: "K times the communes of each province, for measuring growth (default: 1)"),
        OptionSpec(name: "--force", value: nil, help: "replace DIR when it exists and is not empty (never a file, the current or the home folder)"),
    ]

    func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        guard let folder = arguments["--national"], !folder.isEmpty else {
            throw UsageError(description: "say where to write the sample: --national DIR")
        }
        let seed = try number(arguments["--seed"], option: "--seed", default: NationalSample.defaultSeed, in: 0...UInt64.max)
        let scale = try number(arguments["--scale"], option: "--scale", default: 1, in: 1...64)
        guard let register = loadRegister(console: console) else { return 1 }
        let sample: SampleFolder
        do {
            // Generated once the folder is known to be writable: a refusal comes at once.
            sample = try SampleFolder.write(to: URL(fileURLWithPath: folder), shown: folder, replacing: arguments.has("--force")) {
                NationalSample(seed: seed, scale: Int(scale)).generate(register: register)
            }
        } catch {
            return exitStatus(for: error, console: console)
        }
        console.message("Wrote \(counted(sample.files.count, "file")) (\((sample.byteCount + 524_288) / 1_048_576) MB) to \(folder)/; build it with: bhxh-report build --input \(folder) --output \(folder)-output")
        return 0
    }

    private func number(_ text: String?, option: String, default value: UInt64, in range: ClosedRange<UInt64>) throws(UsageError) -> UInt64 {
        guard let text else { return value }
        guard let number = UInt64(text), range.contains(number) else {
            throw UsageError(description: "\(option) must be a whole number from \(range.lowerBound) to \(range.upperBound), not \"\(text)\"")
        }
        return number
    }
}
