import Foundation

/// The templates of a run: loaded by name from folders searched in order (a user's folder first,
/// the shipped `templates/` last, so a user overrides a shipped template with a file of the same
/// name) or from memory, compiled once, cached, and rendered with values. Immutable apart from
/// its locked cache: render from as many threads at once as you like.
///
///     let library = TemplateLibrary(folders: [userFolder, "templates"], strict: true)
///     let page = try library.render("plan.html", with: value)   // finds plan.html.mustache
public final class TemplateLibrary: Sendable {
    /// True when a name that resolves to nothing (a missing key, not a null) is an error.
    public let strict: Bool
    /// How deeply sections, partials and parents may nest while rendering; deeper is an error.
    public let maximumDepth: Int
    /// How many bytes one render may write; rendering stops with an error as soon as it passes this.
    public let maximumOutput: Int
    /// How many tags and pieces of text one render may visit, written or not, counting each name
    /// looked up once for every section it is looked up through: one for every byte
    /// of `maximumOutput` (at least 4096), so that sections nested over lists that write nothing
    /// still stop (at the default, within seconds).
    public var maximumVisits: Int { max(4096, maximumOutput) }
    private let loader: any TemplateLoader
    private let cache = TemplateCache()

    /// The default `maximumDepth`: ample for recursive templates over real data, and safe on a
    /// 512 KiB thread stack even in a debug build (about 3 KiB a level there).
    public static let defaultMaximumDepth = 100

    /// The default `maximumOutput`, 256 MB: far above any real page, low enough that a template whose
    /// output doubles at every level of nesting stops long before it fills the memory.
    public static let defaultMaximumOutput = 256 << 20

    /// A library of the `*.mustache` files in `folders`, searched in order. Missing folders are
    /// simply empty.
    public convenience init(folders: [String], strict: Bool = false, maximumDepth: Int = defaultMaximumDepth,
                            maximumOutput: Int = defaultMaximumOutput) {
        self.init(loader: FolderTemplateLoader(folders: folders), strict: strict, maximumDepth: maximumDepth,
                  maximumOutput: maximumOutput)
    }

    /// A library of templates held in memory, keyed by file name ("row.mustache", "page.html.mustache").
    public convenience init(templates: [String: String], strict: Bool = false, maximumDepth: Int = defaultMaximumDepth,
                            maximumOutput: Int = defaultMaximumOutput) {
        self.init(loader: MemoryTemplateLoader(templates: templates), strict: strict, maximumDepth: maximumDepth,
                  maximumOutput: maximumOutput)
    }

    private init(loader: any TemplateLoader, strict: Bool, maximumDepth: Int, maximumOutput: Int) {
        self.loader = loader
        self.strict = strict
        self.maximumDepth = maximumDepth
        self.maximumOutput = maximumOutput
    }

    /// The compiled template called `name`: "plan.html" finds "plan.html.mustache" (the full file
    /// name works too); names are relative paths inside the folders, which they cannot leave.
    public func template(named name: String) throws(TemplateError) -> Template {
        switch lookUp(name, typeExtension: nil) {
        case .success(let template?): return template
        case .success(nil):
            let tried = Self.fileNames(for: name, typeExtension: nil).joined(separator: " or ")
            throw TemplateError(template: name, message: "no template \(tried) was found")
        case .failure(.refused(let message)): throw TemplateError(template: name, message: message)
        case .failure(.invalid(let error)): throw error
        }
    }

    /// Renders the template called `name` (see `template(named:)`) with `value`.
    public func render(_ name: String, with value: TemplateValue) throws(TemplateError) -> String {
        try render(template(named: name), with: value)
    }

    /// Renders the template called `name` with a Swift value.
    public func render(_ name: String, with value: some TemplateRenderable) throws(TemplateError) -> String {
        try render(template(named: name), with: value.templateValue)
    }

    /// Renders a compiled template with `value`; its partials come from this library.
    public func render(_ template: Template, with value: TemplateValue) throws(TemplateError) -> String {
        String(decoding: try renderUTF8(template, with: value), as: UTF8.self)
    }

    /// Renders a compiled template into UTF-8 bytes, ready to be written to a file.
    public func renderUTF8(_ template: Template, with value: TemplateValue) throws(TemplateError) -> [UInt8] {
        try renderUTF8(template, context: [value])
    }

    /// Renders a compiled template into UTF-8 bytes with `value` inside `outer`, as if the whole
    /// template were a section of `value` within `outer`: a name is looked up in `value` first,
    /// then in `outer`. Values every page shares go in `outer`, so no page's values are copied
    /// to add them.
    public func renderUTF8(_ template: Template, with value: TemplateValue, inside outer: TemplateValue) throws(TemplateError) -> [UInt8] {
        try renderUTF8(template, context: [outer, value])
    }

    private func renderUTF8(_ template: Template, context: [TemplateValue]) throws(TemplateError) -> [UInt8] {
        var renderer = TemplateRenderer(library: self, document: template, context: context)
        // The renderer holds no reference to the objects it looks into: `context` holds them all.
        try withExtendedLifetime(context) { () throws(TemplateError) in try renderer.renderDocument() }
        return renderer.output
    }

    /// Renders the template file at `path` (which may be anywhere) with `value`, finding its
    /// partials in `partials` (by default the template's own folder) — what
    /// `bhxh-report render TEMPLATE [--data FILE.json|-] [--partials DIR] [--strict] [--max-output SIZE]` prints.
    public static func renderFile(at path: String, partials: String? = nil, value: TemplateValue,
                                  strict: Bool = false, maximumOutput: Int = defaultMaximumOutput) throws(TemplateError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TemplateError(template: path, message: "the template file cannot be read")
        }
        let template = try Template(bytes: [UInt8](data), path: path)
        let folder = partials ?? URL(fileURLWithPath: path).deletingLastPathComponent().path
        return try TemplateLibrary(folders: [folder], strict: strict, maximumOutput: maximumOutput).render(template, with: value)
    }

    /// Why a partial could not be had: refused (unsafe name, unreadable) or not valid.
    enum LookupFailure: Error {
        case refused(String)
        case invalid(TemplateError)
    }

    /// The template called `name` for a document of type `typeExtension`, from the cache or
    /// loaded and compiled; nil when there is none.
    func lookUp(_ name: String, typeExtension: String?) -> Result<Template?, LookupFailure> {
        let key = (typeExtension ?? "") + "\u{0}" + name
        if let cached = cache.entry(key) { return .success(cached) }
        if let problem = Self.safetyProblem(of: name) { return .failure(.refused(problem)) }
        let loaded: LoadedTemplateText?
        do {
            loaded = try loader.load(fileNames: Self.fileNames(for: name, typeExtension: typeExtension))
        } catch {
            return .failure(.refused(error.message))
        }
        guard let loaded else {
            cache.store(nil, for: key)
            return .success(nil)
        }
        let template: Template
        do {
            template = try Template(bytes: loaded.bytes, path: loaded.path)
        } catch {
            return .failure(.invalid(error))
        }
        cache.store(template, for: key)
        return .success(template)
    }

    /// The file names tried for `name`: with the document's type first ("row.html.mustache"),
    /// then plain ("row.mustache"); a name ending in ".mustache" is taken as it is.
    static func fileNames(for name: String, typeExtension: String?) -> [String] {
        if name.hasSuffix(".mustache") { return [name] }
        var names: [String] = []
        if let typeExtension, !name.hasSuffix("." + typeExtension) { names.append("\(name).\(typeExtension).mustache") }
        names.append("\(name).mustache")
        return names
    }

    /// Why `name` may not be used (it is empty, absolute or climbs out with ".."), or nil.
    static func safetyProblem(of name: String) -> String? {
        if name.isEmpty { return "a template name cannot be empty" }
        if name.hasPrefix("/") || name.contains("\\") || name.contains("\u{0}") {
            return "template name \"\(name)\" is not a relative name inside the template folders"
        }
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        if parts.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }) {
            return "template name \"\(name)\" would leave the template folders (\"..\", \".\" and \"//\" are not allowed)"
        }
        return nil
    }
}
