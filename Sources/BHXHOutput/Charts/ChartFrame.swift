import Foundation

/// The `<svg>` element every chart is wrapped in: `viewBox` sizing, an id unique to the chart,
/// `role="img"` with the title and description as its accessible name (`aria-label`, which also
/// keeps HTML checkers that do not know SVG's `<title>` ids quiet), and `<title>` (a tooltip) and
/// `<desc>` children.
struct ChartFrame {
    /// The id of the chart's root, and the prefix of the other ids in it (`PREFIX-hatch`).
    let id: String
    /// The chart's kind, added to the class list as `chart-KIND`.
    let kind: String
    /// The accessible name.
    let title: String
    /// The accessible description.
    let description: String

    /// A frame whose id is `requestedID` reduced to letters, digits, `-` and `_`, or, when that is nil
    /// or empty, "chart-" and a stable hash of `kind`, `title`, `description` and `content` (a summary
    /// of the data), so that charts on one page differ and the same chart always gets the same id.
    init(kind: String, title: String, description: String, requestedID: String?, content: @autoclosure () -> String) {
        self.kind = kind
        self.title = title
        self.description = description
        let cleaned = (requestedID ?? "").filter { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "_" }
        self.id = cleaned.isEmpty ? "chart-" + Self.stableHash([kind, title, description, content()]) : cleaned
    }

    /// Writes the `<svg>` root with its `<title>` and `<desc>` into `svg`; the chart then writes its
    /// `<defs>` (if any) and body, and closes the root with `svg.close("svg")`. When `fixedSize`
    /// is true the root also gets `width` and `height` (a sparkline's natural size); otherwise it
    /// fills the width of its container and keeps its proportions.
    func open(into svg: inout SVGBuilder, width: Double, height: Double, fixedSize: Bool = false) {
        svg.start("svg")
        svg.attribute("xmlns", "http://www.w3.org/2000/svg")
        svg.attribute("id", text: id)
        svg.beginAttribute("class")
        svg.literal("chart chart-")
        svg.escaped(kind)
        svg.endAttribute()
        svg.beginAttribute("viewBox")
        svg.literal("0 0 ")
        svg.number(width)
        svg.literal(" ")
        svg.number(height)
        svg.endAttribute()
        if fixedSize {
            svg.attribute("width", width)
            svg.attribute("height", height)
        }
        svg.attribute("role", "img")
        svg.beginAttribute("aria-label")
        svg.escaped(title)
        if !description.isEmpty {
            svg.literal(". ")
            svg.escaped(description)
        }
        svg.endAttribute()
        svg.attribute("style", "font-size:12px")
        svg.endOpen()
        svg.text("title", title)
        svg.text("desc", description)
    }

    /// FNV-1a (64 bit) of the parts, as 16 hex digits; unlike `Hasher`, the same on every run.
    private static func stableHash(_ parts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 + [0] {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
