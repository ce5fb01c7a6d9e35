import Foundation
import TemplateEngine

/// Renders a 3,321-row appendix table (a name and eleven figures a row, the figures formatted by
/// `{{ number(x) }}` while rendering) through one section, as the commune appendix does.
func templateTableBenchmark() throws {
    let integerKeys = ["labour", "population", "compulsory", "voluntary", "unemployment", "health", "target", "actual"]
    let rateKeys = ["coverage", "growth", "completion"]
    var text = "<table>\n<tbody>\n{{#rows}}\n<tr>\n  <td>{{index}}</td>\n  <td>{{name}}</td>\n"
    for key in integerKeys { text += "  <td class=\"n\">{{ number(\(key)) }}</td>\n" }
    for key in rateKeys { text += "  <td class=\"n\">{{ number(\(key), 2) }}</td>\n" }
    text += "</tr>\n{{/rows}}\n</tbody>\n</table>\n"

    var seed: UInt64 = 42
    func next(_ bound: Int) -> Int {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        return Int((seed >> 33) % UInt64(bound))
    }
    let rows = TemplateValue.array((1...3321).map { index in
        var pairs: [(String, TemplateValue)] = [("index", .integer(index)), ("name", .string("Xã Tân Phú số \(index) – huyện Đồng Xuân"))]
        for key in integerKeys { pairs.append((key, .integer(next(90_000_000)))) }
        for key in rateKeys { pairs.append((key, .decimal(Decimal(next(1_000_000)) / 10_000))) }
        return .object(TemplateObject(pairs))
    })
    let template = try Template(text: text, path: "appendix.html.mustache")
    let library = TemplateLibrary(templates: [:], strict: true)
    let size = try library.renderUTF8(template, with: ["rows": rows]).count
    print("template-table: 3,321 rows, \(size) bytes of HTML")
    try measure("template-table", runs: 9, bytes: size) {
        _ = try library.render(template, with: ["rows": rows])
    }
}
