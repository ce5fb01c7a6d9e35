import Foundation
import TemplateEngine
import Testing

/// Issue 11 item 6: a template whose output doubles at every level stops at the output limit,
/// while rendering, with an error naming the template.
@Suite struct OutputLimitTests {
    /// "level0" includes "level1" twice, and so on thirty levels deep: 2^30 copies of ten bytes (10 GiB).
    private static let doubling: [String: String] = {
        var templates = ["level30.mustache": "0123456789"]
        for level in 0..<30 { templates["level\(level).mustache"] = "{{>level\(level + 1)}}{{>level\(level + 1)}}" }
        return templates
    }()

    @Test func aPartialIncludedTwiceThirtyLevelsDeepStopsAtTheLimit() throws {
        let library = TemplateLibrary(templates: Self.doubling, maximumOutput: 64 << 10)
        let error = throwsError { try library.render("level0", with: [:]) }
        #expect(error?.template == "level0.mustache")
        #expect(error?.message.hasPrefix("the output passed the limit of 64 KB (while expanding level30.mustache) and rendering stopped;") == true)
        #expect(error?.message.contains("--max-output") == true)
    }

    @Test func outputUpToTheLimitRenders() throws {
        let text = "{{#items}}{{.}}{{/items}}"
        let items: TemplateValue = .array((0..<10).map { .integer($0) })
        #expect(try TemplateLibrary(templates: [:], maximumOutput: 10).render(Template(text: text, path: "t.mustache"),
                                                                              with: ["items": items]) == "0123456789")
        let error = throwsError {
            try TemplateLibrary(templates: [:], maximumOutput: 9).render(Template(text: text, path: "t.mustache"), with: ["items": items])
        }
        #expect(error?.description == "t.mustache: error: the output passed the limit of 9 bytes and rendering stopped; "
            + "does a section or partial repeat far more than intended (a partial included twice at every level doubles "
            + "the output each level)? If the output really is this large, raise the limit with --max-output")
    }

    @Test(arguments: [
        ("256MB", 256 << 20), ("256 mb", 256 << 20), ("64k", 64 << 10), ("1GB", 1 << 30), ("1000", 1000), ("12B", 12),
    ])
    func sizesReadAsPeopleWriteThem(text: String, bytes: Int) {
        #expect(ByteSize.parse(text) == bytes)
    }

    @Test func badSizesAndSizeText() {
        for text in ["", "0", "-5", "12TB", "1.5MB", "MB", "99999999999999999"] { #expect(ByteSize.parse(text) == nil, "\(text)") }
        #expect(ByteSize.text(256 << 20) == "256 MB")
        #expect(ByteSize.text(1536) == "1536 bytes")
        #expect(ByteSize.text(3 << 10) == "3 KB")
        #expect(ByteSize.text(1 << 30) == "1 GB")
        #expect(ByteSize.text(1) == "1 byte")
    }
}

/// Found while fuzzing the engine: forty sections nested over a two-element list write nothing and
/// would run 2^40 times; the work allowed for the output limit stops them.
@Suite struct WorkLimitTests {
    @Test func nestedSectionsThatWriteNothingStop() throws {
        let text = String(repeating: "{{#a}}", count: 40) + String(repeating: "{{/a}}", count: 40)
        let library = TemplateLibrary(templates: [:], maximumOutput: 64 << 10)
        let error = throwsError { try library.render(Template(text: text, path: "nest.mustache"), with: ["a": [1, 2]]) }
        #expect(error?.template == "nest.mustache")
        #expect(error?.message.hasPrefix("rendering stopped after 65536 tags and pieces of text without reaching the end "
            + "(the work allowed for an output limit of 64 KB);") == true)
        #expect(try library.render(Template(text: String(repeating: "{{#a}}", count: 3) + "x" + String(repeating: "{{/a}}", count: 3),
                                            path: "t.mustache"), with: ["a": [1, 2]]) == "xxxxxxxx")
    }

    /// Found by the template fuzzer: forty nested sections over [1, 2] took 13 s under the fuzzer's
    /// 1 MB limit, since every name was looked up through forty sections. Lookups count as work.
    @Test func namesLookedUpThroughDeepSectionsCountAsWork() throws {
        let deep = String(repeating: "{{#o}}", count: 50) + "{{#list}}{{v}}{{/list}}" + String(repeating: "{{/o}}", count: 50)
        let value: TemplateValue = ["o": ["p": 1], "v": "", "list": .array(Array(repeating: 1, count: 2_000))]
        // 2.000 names, each looked up through 52 sections: 104.000 visits, past the 64 KB limit's 65.536.
        let error = throwsError { try TemplateLibrary(templates: [:], maximumOutput: 64 << 10).render(Template(text: deep, path: "deep.mustache"), with: value) }
        #expect(error?.message.hasPrefix("rendering stopped after 65536 tags and pieces of text") == true)
        #expect(try TemplateLibrary(templates: [:], maximumOutput: 1 << 20).render(Template(text: deep, path: "deep.mustache"), with: value) == "")
    }
}
