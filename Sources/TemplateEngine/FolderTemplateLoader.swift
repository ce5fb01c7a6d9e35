import Foundation

/// Templates read from folders searched in order — a user's folder before the shipped one — and
/// confined to them: a file that is a symbolic link to a place outside its folder is refused.
struct FolderTemplateLoader: TemplateLoader {
    /// The folders as given, for the paths shown in messages.
    let folders: [String]
    /// The same folders with symbolic links resolved, to check where files really are.
    private let resolvedFolders: [String]

    init(folders: [String]) {
        self.folders = folders
        resolvedFolders = folders.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }
    }

    func load(fileNames: [String]) throws(TemplateLoadProblem) -> LoadedTemplateText? {
        for (folder, resolvedFolder) in zip(folders, resolvedFolders) {
            for fileName in fileNames {
                let path = folder == "." ? fileName : (folder.hasSuffix("/") ? folder : folder + "/") + fileName
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                    continue
                }
                let realPath = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
                guard realPath.hasPrefix(resolvedFolder.hasSuffix("/") ? resolvedFolder : resolvedFolder + "/") else {
                    throw TemplateLoadProblem(message: "\(path) leads to \(realPath), outside the template folder \(folder)")
                }
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw TemplateLoadProblem(message: "\(path) cannot be read")
                }
                return LoadedTemplateText(path: path, bytes: [UInt8](data))
            }
        }
        return nil
    }
}
