import AdministrativeRegister
import BHXHInit
import BHXHSample
import Foundation

/// `bhxh-report init DIR --province CODE|NAME [--history]`: writes a province's project folder
/// from the official register.
struct InitCommand: Command {
    let name = "init"
    let summary = "Start a project folder for one province from the official register of its communes."
    let usage = "bhxh-report init DIR --province CODE|NAME [--history] [--force]"
    let maximumPositionals = 1
    let options = [
        OptionSpec(name: "--province", value: "CODE|NAME", help: "the province: its code (20) or its name, with or without accents (lang son)"),
        OptionSpec(name: "--history", value: nil, help: "also write history/: the old register of its communes and their conversion rows"),
        OptionSpec(name: "--force", value: nil, help: "replace DIR when it exists and is not empty (never a file, the current or the home folder)"),
    ]

    func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        guard let folder = arguments.positionals.first, !folder.isEmpty else {
            throw UsageError(description: "say where to write the project: bhxh-report init DIR --province CODE|NAME")
        }
        guard let query = arguments["--province"], !query.isEmpty else {
            throw UsageError(description: "say which province: --province CODE|NAME (such as --province 20 or --province \"lang son\")")
        }
        guard let register = loadRegister(console: console) else { return 1 }
        let province: RegisterUnit
        switch ProvinceChoice(query, in: register.current) {
        case .province(let found): province = found
        case .refused(let reason): throw UsageError(description: reason)
        }
        let project: SampleFolder
        do {
            project = try SampleFolder.write(to: URL(fileURLWithPath: folder), shown: folder, replacing: arguments.has("--force")) {
                ProvinceProject(province: province, register: register, withHistory: arguments.has("--history")).generate()
            }
        } catch {
            return exitStatus(for: error, console: console)
        }
        console.message("Wrote \(counted(project.files.count, "file")) for \(province.printedName) (\(province.code)) to \(folder)/; read \(folder)/README.md for what to fill in, then: bhxh-report validate --input \(folder)")
        return 0
    }
}
