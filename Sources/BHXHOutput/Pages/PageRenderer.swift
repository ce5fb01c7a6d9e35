import BHXHCore
import Foundation
import TemplateEngine

/// Renders pages and documents from the templates, strictly (a name that resolves to nothing is
/// an error), giving every page the path back to the site's top (`root`) and the site-wide values
/// (`site`: the version and the schemes for the navigation).
struct PageRenderer: Sendable {
    /// The templates, the user's folder before the shipped one.
    let library: TemplateLibrary
    /// The folders searched, in order, for templates and the style sheet.
    let folders: [URL]
    /// The values every page receives under `site`.
    let site: TemplateValue

    /// A renderer over `folders` for a site with these schemes; a page past `maximumBytes` is an error.
    init(folders: [URL], schemes: [Scheme], maximumBytes: Int = TemplateLibrary.defaultMaximumOutput) {
        self.folders = folders
        library = TemplateLibrary(folders: folders.map(\.path), strict: true, maximumOutput: maximumBytes)
        site = [
            "version": .string(OutputBuilder.version),
            "schemes": .array(schemes.map { ["key": .string($0.rawValue), "shortName": .string($0.shortName)] }),
        ]
    }

    /// The template `name` ("plan.html") rendered with `value` inside the page's `root` ("../../")
    /// and `site` (the page's own values come first; no page has a `root` or `site` of its own).
    func render(_ name: String, _ value: some TemplateRenderable, root: String) throws(OutputError) -> [UInt8] {
        let outer = TemplateValue.object(TemplateObject(keys: Self.outerKeys, values: [.string(root), site]))
        do {
            let template = try library.template(named: name)
            return try library.renderUTF8(template, with: value.templateValue, inside: outer)
        } catch {
            throw .template(error)
        }
    }

    /// The keys of the values around every page.
    private static let outerKeys = TemplateKeys(["root", "site"])

    /// The bytes of a plain file of the template folders (the style sheet), from the first folder
    /// that has it.
    func file(_ name: String) throws(OutputError) -> [UInt8] {
        for folder in folders {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) {
                return [UInt8](data)
            }
        }
        throw .template(TemplateError(template: name, message: "no \(name) was found in the template folders (\(folders.map(\.path).joined(separator: ", ")))"))
    }
}
