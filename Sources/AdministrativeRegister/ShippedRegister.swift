import Foundation

/// Vietnam's official registers shipped with the program (see `register/README.md`): the units
/// since 1 July 2025, the units before, and the old→new conversion tables of communes and provinces.
public struct ShippedRegister: Sendable {
    /// The 34 provinces and 3,321 communes since 1 July 2025.
    public let current: UnitRegister
    /// The 63 provinces, 696 districts and 10,051 communes before 1 July 2025.
    public let before: UnitRegister
    /// Each old commune and the new commune(s) it went into.
    public let communes: RegisterCrosswalk
    /// Each old province and the new province(s) it went into.
    public let provinces: RegisterCrosswalk
    /// Where the facts come from and what is imperfect in them (Markdown).
    public let sourceNote: String

    /// The name of the folder holding the files, inside the resource bundle or the source tree.
    static let folderName = "register"
    /// The resource bundle SwiftPM puts beside the program (on Linux).
    static let bundleName = "bhxh-report_AdministrativeRegister.resources"
    /// Where the folder lies inside each form of the bundle: Linux's, then macOS's.
    static let bundleFolders = [bundleName, "bhxh-report_AdministrativeRegister.bundle/Contents/Resources",
                                "bhxh-report_AdministrativeRegister.bundle"]

    /// Reads the shipped files from `folder` (by default the one found beside the program or in
    /// the source tree); a missing or damaged file is an error that says so, never a crash.
    public static func load(from folder: URL? = nil) throws(RegisterError) -> ShippedRegister {
        guard let folder = folder ?? locate() else {
            throw RegisterError(path: bundleName, message: "the official register is not installed beside the program: keep the folder \(bundleName) next to bhxh-report when copying it (swift build puts it there)")
        }
        func bytes(_ name: String) throws(RegisterError) -> [UInt8] {
            let url = folder.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw RegisterError(path: url.path, message: "this file of the official register is missing — install the program again")
            }
            return [UInt8](data)
        }
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        let current = try UnitRegister(csv: bytes("units-2025.csv"), path: path("units-2025.csv"))
        let before = try UnitRegister(csv: bytes("units-before-2025.csv"), path: path("units-before-2025.csv"))
        let communes = try RegisterCrosswalk(csv: bytes("communes-2025-crosswalk.csv"), path: path("communes-2025-crosswalk.csv"), hasWholeColumn: true)
        let provinces = try RegisterCrosswalk(csv: bytes("provinces-2025-crosswalk.csv"), path: path("provinces-2025-crosswalk.csv"), hasWholeColumn: false)
        let note = String(decoding: try bytes("README.md"), as: UTF8.self)
        return ShippedRegister(current: current, before: before, communes: communes, provinces: provinces, sourceNote: note)
    }

    /// The folder of the register files: in the resource bundle beside the program (a release
    /// build, `swift run`, the tests), else in the source tree the program was built from.
    /// Found by hand rather than with `Bundle.module`, whose accessor stops the program when the
    /// bundle is missing.
    static func locate() -> URL? {
        var candidates: [URL] = []
        for base in [Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent(), Bundle.main.bundleURL] {
            guard let base else { continue }
            candidates += bundleFolders.map { base.appendingPathComponent($0).appendingPathComponent(folderName) }
        }
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(folderName))
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("units-2025.csv").path) }
    }
}
