import Foundation
import LocatedJSON
import Testing
import TemplateEngine

/// One test of the official Mustache spec (https://github.com/mustache/spec), read from the copy
/// in `mustache-spec/` next to this file (lambdas are out of scope and not copied).
struct SpecCase: CustomTestStringConvertible, Sendable {
    var file: String
    var name: String
    var template: String
    var data: JSONNode
    var partials: [String: String]
    var expected: String

    var testDescription: String { "\(file): \(name)" }

    /// The folder holding the spec files.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("mustache-spec")

    /// Every test of every JSON file in `folder`, in file order.
    static func all() throws -> [SpecCase] {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") }
            .sorted()
        var cases: [SpecCase] = []
        for file in files {
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            let root = try JSONParser.parse(bytes: [UInt8](data))
            for test in root["tests"]?.elements ?? [] {
                var partials: [String: String] = [:]
                for member in test["partials"]?.members ?? [] {
                    partials[member.key] = member.node.string
                }
                cases.append(SpecCase(file: file, name: test["name"]?.string ?? "?", template: test["template"]?.string ?? "",
                                      data: test["data"] ?? JSONNode(.null, at: SourceLocation(line: 0, column: 0)),
                                      partials: partials, expected: test["expected"]?.string ?? ""))
            }
        }
        return cases
    }

    /// Loads the cases, or none (and the count test fails) when the folder cannot be read.
    static let loaded: [SpecCase] = (try? all()) ?? []
}

@Suite struct SpecTests {
    @Test func theWholeSpecIsHere() {
        #expect(SpecCase.loaded.count == 184)
        #expect(Set(SpecCase.loaded.map(\.file)) == [
            "comments.json", "delimiters.json", "interpolation.json", "inverted.json", "partials.json",
            "sections.json", "~dynamic-names.json", "~inheritance.json",
        ])
    }

    @Test(arguments: SpecCase.loaded)
    func specCase(_ spec: SpecCase) throws {
        let library = TemplateLibrary(templates: Dictionary(uniqueKeysWithValues: spec.partials.map { ("\($0.key).mustache", $0.value) }))
        let template = try Template(text: spec.template, path: "test.mustache")
        let rendered = try library.render(template, with: spec.data.templateValue)
        #expect(rendered == spec.expected, "template: \(spec.template.debugDescription)")
    }
}
