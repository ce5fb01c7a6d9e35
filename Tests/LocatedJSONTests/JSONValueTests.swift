import LocatedJSON
import Testing

@Suite struct JSONValueTests {
    @Test func objectsKeepTheirOrderAndIndentNestedValues() {
        let value = JSONValue.object([
            .init("zeta", .string("Hà Nội")),
            .init("years", .array([.integer(2026), .integer(2027)])),
            .init("target", .object([.init("method", .string("growth")), .init("rate", .number("1.5"))])),
            .init("done", .bool(false)),
            .init("note", .null),
        ])
        #expect(value.text == """
        {
          "zeta": "Hà Nội",
          "years": [2026, 2027],
          "target": {"method": "growth", "rate": 1.5},
          "done": false,
          "note": null
        }

        """)
    }

    @Test func stringsAreEscaped() {
        #expect(JSONValue.string("a\"b\\c\nd\u{1}").text == "\"a\\\"b\\\\c\\nd\\u0001\"\n")
    }

    @Test func emptyContainers() {
        #expect(JSONValue.array([]).text == "[]\n")
        #expect(JSONValue.object([]).text == "{}\n")
    }

    @Test func writtenTextParsesBackToTheSameValues() throws {
        let value = JSONValue.object([.init("list", .array([.object([.init("k", .string("v\t"))])]))])
        let node = try JSONParser.parse(value.text)
        #expect(node["list"]?.elements?.first?["k"]?.string == "v\t")
    }
}
