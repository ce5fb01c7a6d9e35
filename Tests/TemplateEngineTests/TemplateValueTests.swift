import Foundation
import LocatedJSON
import Testing
import TemplateEngine
import VietnameseFormat

@Suite struct TemplateValueTests {
    @Test func jsonNumbersBecomeIntegersOrExactDecimals() throws {
        let node = try JSONParser.parse(#"{"a": 12, "b": -3, "c": 21.51, "d": 1e3, "e": 123456789012345678901234567890, "f": 1e400}"#)
        guard case .object(let object) = node.templateValue else {
            Issue.record("not an object")
            return
        }
        #expect(object.keys == ["a", "b", "c", "d", "e", "f"])
        guard case .integer(12)? = object["a"], case .integer(-3)? = object["b"] else {
            Issue.record("integers expected")
            return
        }
        if case .decimal(let rate)? = object["c"] { #expect(rate == Decimal(string: "21.51")) } else { Issue.record("decimal expected") }
        if case .decimal(let thousand)? = object["d"] { #expect(thousand == 1000) } else { Issue.record("decimal expected") }
        if case .decimal(let big)? = object["e"] { #expect(big.description == "123456789012345678901234567890") } else { Issue.record("decimal expected") }
        #expect(try render("{{c}} {{d}} {{ number(e) }}", node.templateValue) == "21.51 1000 123.456.789.012.345.678.901.234.567.890")
    }

    @Test func textGivenAsBytesRendersLikeTheSameText() throws {
        let drawing: TemplateValue = ["svg": .utf8(Array(#"<svg aria-label="Kạn & Bắc"/>"#.utf8)), "empty": .utf8([]),
                                      "day": .utf8(Array("2018-09-26".utf8)), "name": .utf8(Array("Bắc Kạn".utf8)),
                                      "page": .utf8(Array("page".utf8))]
        #expect(try render("{{{svg}}}", drawing) == #"<svg aria-label="Kạn & Bắc"/>"#)
        #expect(try render("{{svg}}", drawing) == "&lt;svg aria-label=&quot;Kạn &amp; Bắc&quot;/&gt;")
        #expect(try render("{{svg}}", drawing, path: "note.md.mustache") == #"\<svg aria-label="Kạn \& Bắc"/\>"#)
        #expect(try render("{{#svg}}yes{{/svg}}{{^empty}}, none{{/empty}}", drawing) == "yes, none")
        #expect(try render("{{ shortdate(day) }}; {{ upper(name) }}", drawing) == "26/9/2018; BẮC KẠN")
        #expect(try render("{{>*page}}", drawing, partials: ["page.mustache": "partial"]) == "partial")
        #expect(renderError("{{ number(name) }}", drawing)?.message.contains("a text (Bắc Kạn)") == true)
    }

    @Test func anyJSONValueCanBeTheRoot() throws {
        #expect(try render("{{.}}", try JSONParser.parse("\"Bắc Kạn\"").templateValue) == "Bắc Kạn")
        #expect(try render("{{#.}}[{{.}}]{{/.}}", try JSONParser.parse("[1, 2.5, true, null]").templateValue) == "[1][2.5][true][]")
        #expect(try render("{{ number(.) }}", try JSONParser.parse("1234567").templateValue) == "1.234.567")
    }

    @Test func sectionsSkipNullFalseEmptyListsAndEmptyTextButNotZero() throws {
        let value: TemplateValue = ["zero": 0, "empty": "", "none": nil, "no": false, "list": [], "text": "x"]
        #expect(try render("{{#zero}}0{{/zero}}{{#empty}}e{{/empty}}{{#none}}n{{/none}}{{#no}}f{{/no}}{{#list}}l{{/list}}{{#text}}t{{/text}}", value) == "0t")
        #expect(try render("{{^zero}}0{{/zero}}{{^empty}}e{{/empty}}{{^none}}n{{/none}}{{^no}}f{{/no}}{{^list}}l{{/list}}{{^text}}t{{/text}}", value) == "enfl")
    }

    @Test func largeObjectsFindEveryKey() throws {
        let pairs = (0..<100).map { ("key\($0)", TemplateValue.integer($0)) }
        let object = TemplateObject(pairs)
        #expect((0..<100).allSatisfy { index in
            if case .integer(let found)? = object["key\(index)"] { return found == index }
            return false
        })
        #expect(object["key100"] == nil)
        #expect(try render("{{key0}} {{key57}} {{key99}}", .object(object)) == "0 57 99")
        let duplicated = TemplateObject([("a", 1), ("a", 2)] + (0..<20).map { ("k\($0)", TemplateValue.null) })
        #expect(try render("{{a}}", .object(duplicated)) == "1")
    }

    @Test func swiftValuesRenderThroughTheProtocol() throws {
        struct Unit: TemplateRenderable {
            var name: String
            var people: Int?
            var rate: Decimal
            var templateValue: TemplateValue { ["name": name.templateValue, "people": people.templateValue, "rate": rate.templateValue] }
        }
        let units = [Unit(name: "Ba Bể", people: 1234, rate: Decimal(string: "21.505") ?? 0), Unit(name: "Pác Nặm", people: nil, rate: 0)]
        let library = TemplateLibrary(templates: ["list.txt.mustache": "{{#.}}{{name}}: {{ number(people) }}, {{ percent(rate) }}\n{{/.}}"])
        #expect(try library.render("list.txt", with: units) == "Ba Bể: 1.234, 21,51%\nPác Nặm: -, 0,00%\n")
        let dictionary = ["b": 2, "a": 1, "c": 3].templateValue
        if case .object(let object) = dictionary { #expect(object.keys == ["a", "b", "c"]) } else { Issue.record("object expected") }
        #expect(try render("{{a}}{{b}}{{c}}", dictionary) == "123")
        #expect(try render("{{d}}", ["d": OfficialDate(year: 2018, month: 9, day: 26).templateValue]) == "2018-09-26")
        #expect(try render("{{x}}{{y}}", ["x": true.templateValue, "y": Optional<Int>.none.templateValue]) == "true")
    }
}
