import Foundation
import Testing
import TemplateEngine

@Suite struct LibraryTests {
    @Test func aUserFolderOverridesTheShippedTemplates() throws {
        let user = try ScratchFolder()
        let shipped = try ScratchFolder()
        defer { user.remove(); shipped.remove() }
        try shipped.write("page.html.mustache", "<h1>{{title}}</h1>\n{{> footer}}")
        try shipped.write("footer.html.mustache", "<footer>shipped</footer>\n")
        try user.write("footer.mustache", "<footer>{{ upper(province) }}</footer>\n")
        let value: TemplateValue = ["title": "Kế hoạch", "province": "Bắc Kạn"]

        let shippedOnly = TemplateLibrary(folders: [shipped.path])
        #expect(try shippedOnly.render("page.html", with: value) == "<h1>Kế hoạch</h1>\n<footer>shipped</footer>\n")
        let overridden = TemplateLibrary(folders: [user.path, shipped.path])
        #expect(try overridden.render("page.html", with: value) == "<h1>Kế hoạch</h1>\n<footer>BẮC KẠN</footer>\n")
        #expect(try overridden.render("page.html.mustache", with: value) == "<h1>Kế hoạch</h1>\n<footer>BẮC KẠN</footer>\n")
        #expect(try overridden.template(named: "page.html").path == shipped.path + "/page.html.mustache")
    }

    @Test func partialsPreferTheDocumentsTypeAndMayLiveInSubfolders() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try folder.write("row.mustache", "plain")
        try folder.write("row.md.mustache", "markdown")
        try folder.write("parts/cell.mustache", "[{{x}}]")
        let library = TemplateLibrary(folders: [folder.path])
        try folder.write("a.md.mustache", "{{> row}} {{> parts/cell}}")
        try folder.write("a.html.mustache", "{{> row}} {{> row.md}}")
        #expect(try library.render("a.md", with: ["x": "*"]) == "markdown [\\*]")
        #expect(try library.render("a.html", with: [:]) == "plain markdown")
    }

    @Test func partialNamesCannotLeaveTheFolders() throws {
        let root = try ScratchFolder()
        defer { root.remove() }
        try root.write("secret.mustache", "SECRET")
        try root.write("templates/page.mustache", "{{> ../secret}}")
        try root.write("templates/absolute.mustache", "{{> \(root.path)/secret}}")
        try root.write("templates/dynamic.mustache", "{{>*which}}")
        let library = TemplateLibrary(folders: [root.path + "/templates"])
        let climbing = try #require(throwsError { try library.render("page", with: [:]) })
        #expect(climbing.description == """
            \(root.path)/templates/page.mustache:1:1: error: template name "../secret" would leave the template folders ("..", "." and "//" are not allowed)
            {{> ../secret}}
            ^
            """)
        #expect(throwsError { try library.render("absolute", with: [:]) }?.message
                == "template name \"\(root.path)/secret\" is not a relative name inside the template folders")
        #expect(throwsError { try library.render("dynamic", with: ["which": "../secret"]) }?.message.contains("would leave") == true)
        #expect(throwsError { try library.render("../secret", with: [:]) }?.template == "../secret")
        #expect(throwsError { try library.render("a/./b", with: [:]) } != nil)
    }

    @Test func symbolicLinksOutOfTheFolderAreRefused() throws {
        let root = try ScratchFolder()
        defer { root.remove() }
        try root.write("secret.mustache", "SECRET")
        try root.write("templates/shared/logo.mustache", "LOGO")
        try root.write("templates/page.mustache", "{{> escape}}")
        try root.write("templates/inside.mustache", "{{> logo}}")
        try root.link("templates/escape.mustache", to: root.path + "/secret.mustache")
        try root.link("templates/logo.mustache", to: "shared/logo.mustache")
        let library = TemplateLibrary(folders: [root.path + "/templates"])
        let error = try #require(throwsError { try library.render("page", with: [:]) })
        #expect(error.location?.line == 1)
        #expect(error.message.hasSuffix("outside the template folder \(root.path)/templates"))
        #expect(try library.render("inside", with: [:]) == "LOGO")
    }

    @Test func recursionIsBoundedByAnErrorNotACrash() throws {
        let library = TemplateLibrary(templates: ["loop.mustache": "x{{> loop}}", "node.mustache": "{{name}}({{#kids}}{{> node}}{{/kids}})"])
        let error = try #require(throwsError { try library.render("loop", with: [:]) })
        #expect(error.description == """
            loop.mustache:1:2: error: sections and partials are nested more than 100 deep here; does a partial include itself without end?
            x{{> loop}}
             ^
            """)
        let tree: TemplateValue = ["name": "a", "kids": [["name": "b", "kids": [["name": "c", "kids": []]]], ["name": "d", "kids": []]]]
        #expect(try library.render("node", with: tree) == "a(b(c())d())")
        let shallow = TemplateLibrary(templates: ["node.mustache": "{{#kids}}{{> node}}{{/kids}}"], maximumDepth: 3)
        #expect(throwsError { try shallow.render("node", with: tree) } != nil)
    }

    @Test func aMissingTemplateOrUnreadableFileIsAnError() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try Data([0x7B, 0x7B, 0x78, 0x7D, 0x7D, 0x0A, 0x61, 0xC3, 0x28]).write(to: folder.url.appendingPathComponent("bad.mustache"))
        let library = TemplateLibrary(folders: [folder.path])
        #expect(throwsError { try library.render("nothing.html", with: [:]) }?.description
                == "nothing.html: error: no template nothing.html.mustache was found")
        #expect(throwsError { try library.render("bad", with: [:]) }?.description == """
            \(folder.path)/bad.mustache:2:2: error: the file is not valid UTF-8 text
            a\u{FFFD}(
             ^
            """)
    }

    @Test func renderFileTakesPartialsFromItsFolderOrAnother() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try folder.write("note.txt.mustache", "{{#units}}{{> line}}{{/units}}")
        try folder.write("line.txt.mustache", "- {{name}}: {{ number(n) }}\n")
        try folder.write("other/line.mustache", "* {{name}}\n")
        let value: TemplateValue = ["units": [["name": "A & B", "n": 1500], ["name": "C", "n": nil]]]
        let path = folder.path + "/note.txt.mustache"
        #expect(try TemplateLibrary.renderFile(at: path, value: value) == "- A & B: 1.500\n- C: -\n")
        #expect(try TemplateLibrary.renderFile(at: path, partials: folder.path + "/other", value: value) == "* A & B\n* C\n")
        #expect(try TemplateLibrary.renderFile(at: path, value: "just text") == "")
        #expect(throwsError { try TemplateLibrary.renderFile(at: path, value: [:], strict: true) }?.message == "\"units\" is not in the data here")
        #expect(throwsError { try TemplateLibrary.renderFile(at: folder.path + "/none.mustache", value: [:]) }?.message
                == "the template file cannot be read")
    }

    @Test func rendersConcurrentlyFromOneLibrary() async throws {
        let library = TemplateLibrary(templates: [
            "page.html.mustache": "{{<layout}}{{$body}}{{#rows}}{{> row}}{{/rows}}{{/body}}{{/layout}}",
            "layout.html.mustache": "<main>\n{{$body}}{{/body}}</main>\n",
            "row.mustache": "<p>{{name}} {{ number(n) }}</p>\n",
        ], strict: true)
        let rows = TemplateValue.array((1...200).map { ["name": .string("Xã \($0)"), "n": .integer($0 * 1000)] })
        let expected = "<main>\n" + (1...200).map { "<p>Xã \($0) \($0).000</p>\n" }.joined() + "</main>\n"
        let results = await withTaskGroup(of: String?.self) { group in
            for _ in 0..<8 {
                group.addTask { try? library.render("page.html", with: ["rows": rows]) }
            }
            var all: [String?] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 8)
        #expect(results.allSatisfy { $0 == expected })
    }

    @Test func aValueInsideAnOuterValueIsLookedUpFirst() throws {
        let library = TemplateLibrary(templates: [
            "page.html.mustache": "<a href=\"{{root}}x.html\">{{name}}</a> {{site.version}} {{#rows}}[{{name}} {{root}}]{{/rows}}{{^missing}}!{{/missing}}",
        ], strict: true)
        let outer: TemplateValue = ["root": "../", "site": ["version": "1.0"], "name": "ngoài"]
        let page: TemplateValue = ["name": "Bắc Kạn & Thái Nguyên", "rows": [["name": "Xã A"], ["x": 1]], "missing": false]
        let bytes = try library.renderUTF8(library.template(named: "page.html"), with: page, inside: outer)
        #expect(String(decoding: bytes, as: UTF8.self)
                == "<a href=\"../x.html\">Bắc Kạn &amp; Thái Nguyên</a> 1.0 [Xã A ../][Bắc Kạn &amp; Thái Nguyên ../]!")
        // Strict: a name in neither is still an error.
        let unknown = TemplateLibrary(templates: ["p.mustache": "{{nowhere}}"], strict: true)
        #expect(throwsError { try unknown.renderUTF8(unknown.template(named: "p"), with: page, inside: outer) }?.message
                == "\"nowhere\" is not in the data here")
    }
}
