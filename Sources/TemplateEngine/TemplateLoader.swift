/// Where a library finds template texts by file name: folders on disk, or a dictionary in memory.
protocol TemplateLoader: Sendable {
    /// The first template found under one of `fileNames` (already checked to be safe relative
    /// names), tried in order; nil when none exists.
    func load(fileNames: [String]) throws(TemplateLoadProblem) -> LoadedTemplateText?
}

/// A template's text and the path to show for it.
struct LoadedTemplateText {
    /// The path shown in messages, e.g. "templates/plan.html.mustache".
    var path: String
    /// The file's bytes.
    var bytes: [UInt8]
}

/// Why a template could not be loaded, in words.
struct TemplateLoadProblem: Error {
    /// What is wrong.
    var message: String
}

/// Templates held in memory by name ("plan.html.mustache" or just "plan"), for tests and tools.
struct MemoryTemplateLoader: TemplateLoader {
    /// Text by name.
    let templates: [String: String]

    func load(fileNames: [String]) throws(TemplateLoadProblem) -> LoadedTemplateText? {
        for name in fileNames {
            if let text = templates[name] { return LoadedTemplateText(path: name, bytes: Array(text.utf8)) }
        }
        return nil
    }
}
