import Testing
import TemplateEngine

@Suite struct PartialTests {
    @Test func inheritanceMakesAPageLayout() throws {
        let layout = """
            <!DOCTYPE html>
            <html lang="vi">
            <head><title>{{$title}}Báo cáo{{/title}}</title></head>
            <body>
              {{$content}}
              <p>Chưa có nội dung.</p>
              {{/content}}
            </body>
            </html>

            """
        let page = """
            {{<layout}}
            {{$title}}{{name}}{{/title}}
            {{$content}}
            <h1>{{ upper(name) }}</h1>
            <p>{{ number(people) }} người</p>
            {{/content}}
            {{/layout}}

            """
        let library = TemplateLibrary(templates: ["layout.html.mustache": layout, "page.html.mustache": page,
                                                  "empty.html.mustache": "{{<layout}}{{/layout}}"], strict: true)
        #expect(try library.render("page.html", with: ["name": "Bắc Kạn", "people": 12345]) == """
            <!DOCTYPE html>
            <html lang="vi">
            <head><title>Bắc Kạn</title></head>
            <body>
              <h1>BẮC KẠN</h1>
              <p>12.345 người</p>
            </body>
            </html>

            """)
        #expect(try library.render("empty.html", with: [:]).contains("<title>Báo cáo</title></head>\n<body>\n  <p>Chưa có nội dung.</p>\n</body>"))
    }

    @Test func nestedStandalonePartialsAddUpTheirIndentation() throws {
        let partials = [
            "list.mustache": "<ul>\n{{#items}}\n  {{> item}}\n{{/items}}\n</ul>\n",
            "item.mustache": "<li>\n  {{name}}\n</li>\n",
        ]
        #expect(try render("<div>\n  {{> list}}\n</div>\n", ["items": [["name": "a"], ["name": "b"]]], partials: partials) == """
            <div>
              <ul>
                <li>
                  a
                </li>
                <li>
                  b
                </li>
              </ul>
            </div>

            """)
    }

    @Test func indentationGoesOnTemplateLinesNotOnValueLines() throws {
        #expect(try render("  {{> p}}\n", ["text": "one\ntwo"], path: "t.txt.mustache", partials: ["p.mustache": "[{{text}}]\nend\n"])
                == "  [one\ntwo]\n  end\n")
    }

    @Test func dynamicPartialsChooseATemplatePerItem() throws {
        let partials = ["text.mustache": "{{content}}\n", "image.mustache": "<img src=\"{{url}}\">\n"]
        let items: TemplateValue = ["items": [["kind": "text", "content": "Hello"], ["kind": "image", "url": "a.png"]]]
        #expect(try render("{{#items}}\n{{>*kind}}\n{{/items}}\n", items, partials: partials, strict: true) == "Hello\n<img src=\"a.png\">\n")
    }

    @Test func aParentCanBeChosenByTheData() throws {
        let partials = ["wide.mustache": "<wide>{{$body}}{{/body}}</wide>", "narrow.mustache": "<narrow>{{$body}}{{/body}}</narrow>"]
        let template = "{{<*layout}}{{$body}}{{name}}{{/body}}{{/*layout}}"
        #expect(try render(template, ["layout": "wide", "name": "A"], partials: partials) == "<wide>A</wide>")
        #expect(try render(template, ["layout": "narrow", "name": "B"], partials: partials) == "<narrow>B</narrow>")
    }

    @Test func blocksOverriddenTwoLevelsUp() throws {
        let partials = [
            "base.mustache": "<{{$a}}base a{{/a}}|{{$b}}base b{{/b}}>",
            "middle.mustache": "{{<base}}{{$a}}middle a{{/a}}{{/base}}",
        ]
        #expect(try render("{{<middle}}{{$b}}page b{{/b}}{{/middle}}", partials: partials) == "<middle a|page b>")
        #expect(try render("{{<middle}}{{$a}}page a{{/a}}{{/middle}}", partials: partials) == "<page a|base b>")
    }
}
