/// Part names and the relative references between them (ECMA-376 Part 2, §9.1 and §9.3).
enum PartName {
    /// The folder of `part` with its trailing "/" ("word/" for "word/document.xml"), or "".
    static func folder(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[...slash])
    }

    /// The part `target` names, relative to `folder`, with "." and ".." steps resolved.
    static func resolve(_ target: String, in folder: String) -> String {
        let start = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        var steps = start
        for step in target.split(separator: "/") {
            switch step {
            case ".": continue
            case "..": if !steps.isEmpty { steps.removeLast() }
            default: steps.append(String(step))
            }
        }
        return steps.joined(separator: "/")
    }

    /// The relationships part of `part`: "word/_rels/document.xml.rels" for "word/document.xml".
    static func relationshipsPart(of part: String) -> String {
        let folder = folder(of: part)
        return folder + "_rels/" + part.dropFirst(folder.count) + ".rels"
    }
}
