import LocatedJSON
import Testing
import TemplateEngine

@Suite struct ParseErrorTests {
    @Test func anUnclosedSectionPointsAtItsOpeningTag() throws {
        let text = "<h1>{{title}}</h1>\n<ul>\n      {{#units}}\n<li>{{name}}</li>\n</ul>\n"
        let error = try #require(renderError(text, path: "templates/plan.html.mustache"))
        #expect(error.template == "templates/plan.html.mustache")
        #expect(error.location == SourceLocation(line: 3, column: 7))
        #expect(error.message == "section \"units\" opened here is never closed")
        #expect(error.description == """
            templates/plan.html.mustache:3:7: error: section "units" opened here is never closed
                  {{#units}}
                  ^
            """)
    }

    @Test func otherUnclosedPartsNameTheirKind() {
        #expect(renderError("{{^empty}}")?.message == "inverted section \"empty\" opened here is never closed")
        #expect(renderError("{{<layout}}")?.message == "parent \"layout\" opened here is never closed")
        #expect(renderError("{{$title}}x")?.message == "block \"title\" opened here is never closed")
    }

    @Test func aMismatchedClosingTagPointsAtItself() throws {
        let error = try #require(renderError("{{#a}}\n{{#b}}\nx {{/a}}\n{{/b}}"))
        #expect(error.description == """
            test.mustache:3:3: error: closing tag "a" does not match section "b" opened on line 2
            x {{/a}}
              ^
            """)
        #expect(renderError("x\n  {{/a}}")?.description == """
            test.mustache:2:3: error: closing tag "a" has no opening tag
              {{/a}}
              ^
            """)
    }

    @Test func anUnclosedTagSaysWhatIsMissing() {
        #expect(renderError("a {{name")?.description == """
            test.mustache:1:3: error: this tag is never closed: "}}" is missing
            a {{name
              ^
            """)
        #expect(renderError("{{{name}}")?.message == "this tag is never closed: \"}}}\" is missing")
        #expect(renderError("{{=<% %>=}}<%name")?.message == "this tag is never closed: \"%>\" is missing")
    }

    @Test func badDelimiterChangesAreErrors() {
        #expect(renderError("ok\n{{=<%%>=}}")?.location == SourceLocation(line: 2, column: 1))
        #expect(renderError("{{=<% = %>=}}")?.message.hasPrefix("a delimiter change needs two delimiters") == true)
        #expect(renderError("{{=a b c=}}") != nil)
    }

    @Test func badNamesAreErrors() {
        #expect(renderError("{{a b}}")?.message == "unexpected \"b\" after the end of the expression")
        #expect(renderError("{{a..b}}")?.message == "\"a..b\" is not a valid name (a name is \".\" or words joined by dots)")
        #expect(renderError("{{}}")?.message == "expected a name")
        #expect(renderError("{{> }}")?.message == "a partial needs a name without spaces")
        #expect(renderError("{{$ }}{{/ }}")?.message == "a block needs a name without spaces")
        #expect(renderError("{{>* }}")?.message == "a dynamic name needs a name after \"*\"")
    }

    @Test func onlyBlocksGoInsideAParent() {
        #expect(renderError("{{<layout}}\n  {{name}}\n{{/layout}}", partials: ["layout.mustache": ""])?.description == """
            test.mustache:2:3: error: only {{$block}} tags can be inside a parent tag {{<…}}; this tag would be ignored
              {{name}}
              ^
            """)
        #expect(renderError("{{<p}}{{$a}}1{{/a}}{{$a}}2{{/a}}{{/p}}")?.message == "block \"a\" is given twice in this parent tag")
    }

    @Test func nestingIsBounded() {
        let deep = String(repeating: "{{#a}}", count: 101) + String(repeating: "{{/a}}", count: 101)
        #expect(renderError(deep)?.message == "sections are nested more than 100 deep")
        let fine = String(repeating: "{{#a}}", count: 100) + "x" + String(repeating: "{{/a}}", count: 100)
        #expect(renderError(fine) == nil)
    }

    @Test func columnsCountCharactersAndCaretsKeepTabs() throws {
        let error = try #require(renderError("Tỉnh\tđã {{#x}}"))
        #expect(error.column == 9)
        #expect(error.description.hasSuffix("\nTỉnh\tđã {{#x}}\n    \t   ^"))
    }
}

@Suite struct StrictModeTests {
    @Test func aMissingNameIsAnErrorWithLineAndColumn() throws {
        let text = "<p>{{name}}</p>\n<p>Số: {{ number(peple) }}</p>\n"
        let error = try #require(renderError(text, ["name": "Bắc Kạn", "people": 5], path: "plan.html.mustache", strict: true))
        #expect(error.description == """
            plan.html.mustache:2:18: error: "peple" is not in the data here
            <p>Số: {{ number(peple) }}</p>
                             ^
            """)
        #expect(try render(text, ["name": "Bắc Kạn", "peple": 5], path: "plan.html.mustache", strict: true)
                == "<p>Bắc Kạn</p>\n<p>Số: 5</p>\n")
    }

    @Test func presentNullAndFalseAreNotMissing() throws {
        let value: TemplateValue = ["note": nil, "done": false, "list": [], "text": ""]
        #expect(try render("[{{note}}][{{#done}}x{{/done}}][{{^list}}none{{/list}}][{{text}}][{{ number(note) }}]",
                           value, strict: true) == "[][][none][][-]")
        #expect(try render("{{note.author}}|{{ upper(note.author) }}", value, strict: true) == "|-")
    }

    @Test func everyKindOfTagChecksItsName() {
        #expect(renderError("{{#units}}{{/units}}", strict: true)?.message == "\"units\" is not in the data here")
        #expect(renderError("{{^units}}{{/units}}", strict: true)?.message == "\"units\" is not in the data here")
        #expect(renderError("{{{units}}}", strict: true)?.column == 4)
        #expect(renderError("{{&units}}", strict: true)?.column == 4)
        #expect(renderError("{{unit.nmae}}", ["unit": ["name": "A"]], strict: true)?.message == "\"unit.nmae\" is not in the data here")
        #expect(renderError("{{unit.name.x}}", ["unit": ["name": "A"]], strict: true) != nil)
        #expect(renderError("{{>*kind}}", strict: true)?.message == "\"kind\" is not in the data here")
    }

    @Test func namesAreFoundInEnclosingSections() throws {
        let value: TemplateValue = ["province": "Bắc Kạn", "units": [["name": "Ba Bể"], ["name": "Chợ Đồn"]]]
        #expect(try render("{{#units}}{{name}} ({{province}}); {{/units}}", value, strict: true)
                == "Ba Bể (Bắc Kạn); Chợ Đồn (Bắc Kạn); ")
        #expect(renderError("{{#units}}{{nmae}}{{/units}}", value, strict: true)?.column == 13)
    }

    @Test func aListOrObjectHasNoTextToWrite() {
        #expect(renderError("{{units}}", ["units": [1, 2]], strict: true)?.message
                == "\"units\" is a list, which has no text to write; use a section {{#units}}")
        #expect((try? render("{{units}}", ["units": [1, 2]])) == "")
    }

    @Test func aMissingPartialIsAnErrorOnlyInStrictMode() throws {
        #expect(try render("[{{>nothing}}]") == "[]")
        #expect(renderError("\n  {{>nothing}}", path: "page.html.mustache", strict: true)?.description == """
            page.html.mustache:2:3: error: partial "nothing" was not found (looked for nothing.html.mustache and nothing.mustache)
              {{>nothing}}
              ^
            """)
        #expect(renderError("{{>*kind}}", ["kind": 3], strict: true)?.message == "the dynamic name \"kind\" is a number, not a template name")
    }

    @Test func nonStrictModeFollowsTheSpec() throws {
        #expect(try render("[{{missing}}][{{#missing}}x{{/missing}}][{{^missing}}y{{/missing}}][{{a.b.c}}]") == "[][][y][]")
    }
}
