import Foundation
import Testing
@testable import bhxh_report

@Suite struct RenderCommandTests {
    /// A scratch folder with the given files, removed by the caller.
    func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bhxh-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url
    }

    @Test func printsExactlyTheRenderedTextWithFormattersAndPartials() throws {
        let dir = try folder([
            "page.html.mustache": "<p>{{> row}}</p>",
            "row.html.mustache": "{{name}}: {{ number(people) }} người, {{ percent(rate, 2) }}, {{ date(signed) }}",
            "data.json": #"{"name": "Chợ Đồn <b>", "people": 1234567, "rate": 21.505, "signed": "2020-01-05"}"#,
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let (status, console) = run(["render", dir.appendingPathComponent("page.html.mustache").path,
                                     "--data", dir.appendingPathComponent("data.json").path])
        #expect(status == 0)
        #expect(console.standardOutput == "<p>Chợ Đồn &lt;b&gt;: 1.234.567 người, 21,51%, ngày 05 tháng 01 năm 2020</p>")
    }

    @Test func anyJSONValueAndStandardInput() throws {
        let dir = try folder(["list.txt.mustache": "{{#.}}{{.}};{{/.}}"])
        defer { try? FileManager.default.removeItem(at: dir) }
        var command = RenderCommand()
        command.readStandardInput = { Data("[1, \"a<b\", 2.50]".utf8) }
        let console = TestConsole()
        let arguments = try ParsedArguments([dir.appendingPathComponent("list.txt.mustache").path, "--data", "-"],
                                            options: command.options, maximumPositionals: 1)
        #expect(try command.run(arguments, console: console) == 0)
        #expect(console.standardOutput == "1;a<b;2.5;")
    }

    @Test func strictNamesTheMissingNameAndItsPlace() throws {
        let dir = try folder(["t.mustache": "line one\n  {{missing}}"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("t.mustache").path
        #expect(run(["render", path]).status == 0)
        let (status, console) = run(["render", path, "--strict"])
        #expect(status == 1)
        #expect(console.messages.first?.hasPrefix("\(path):2:") == true)
        #expect(console.messages.first?.contains("missing") == true)
    }

    @Test func badDataAndUsageAreReported() throws {
        let dir = try folder(["t.mustache": "{{a}}", "bad.json": "{\"a\": [1, }"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = run(["render", dir.appendingPathComponent("t.mustache").path, "--data", dir.appendingPathComponent("bad.json").path])
        #expect(bad.status == 1)
        #expect(bad.console.messages.first?.hasPrefix(dir.appendingPathComponent("bad.json").path + ":1:") == true)
        #expect(run(["render"]).status == 2)
        #expect(run(["render", "a", "b"]).status == 2)
    }
}
