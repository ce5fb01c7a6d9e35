import LocatedJSON
import TemplateEngine

/// libFuzzer entry point for the template engine. The input is up to three parts separated by a
/// NUL byte: the template, a partial named "p" (and "p2" is the same text), and JSON data (a fixed
/// value when absent or invalid). Any template either compiles and renders within the output
/// limit, or gives an error; never a crash, a hang or unbounded memory.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let parts = UnsafeBufferPointer(start: data, count: size).split(separator: 0, maxSplits: 2,
                                                                     omittingEmptySubsequences: false)
    let text = { (index: Int) in index < parts.count ? String(decoding: parts[index], as: UTF8.self) : "" }
    var value: TemplateValue = [
        "name": "Bắc Kạn <b>", "n": 3, "ok": true, "none": nil, "rate": .string("21.51"),
        "items": [["name": "a", "n": 1], ["name": "b", "items": [1, 2]]], "object": ["name": "x", "n": 2],
    ]
    if parts.count > 2, let json = try? JSONParser.parse(bytes: Array(parts[2])) { value = json.templateValue }
    let library = TemplateLibrary(templates: ["p.mustache": text(1), "p2.md.mustache": text(1)],
                                  maximumOutput: 1 << 20)
    for name in ["page.html.mustache", "page.md.mustache"] {
        guard let template = try? Template(text: text(0), path: name) else { return 0 }
        if let output = try? library.renderUTF8(template, with: value) {
            if output.count > 1 << 20 { fatalError("the output passed its limit") }
        }
    }
    return 0
}
