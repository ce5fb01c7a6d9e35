import BHXHBuild
import BHXHOutput
import Foundation
import ZipArchive

/// `deflate`: `Deflate.compress` on 10 MB of worksheet-like XML (rows of styled number cells, as
/// an .xlsx sheet holds; with both efforts, and without cell references with the fast one) and on
/// the HTML pages of the national sample's site, with the ratio; and `CRC32` on the same XML.
func deflateBenchmark() throws {
    let sheet = worksheetXML(size: 10_000_000)
    var crc: UInt32 = 0
    measure("crc32 worksheet XML (\(sheet.count / 1_000_000) MB)", bytes: sheet.count) {
        crc ^= CRC32.checksum(sheet)
    }
    compressionRun("deflate worksheet XML (\(sheet.count / 1_000_000) MB)", sheet)
    compressionRun("deflate worksheet XML (\(sheet.count / 1_000_000) MB), fast effort", sheet, effort: .fast)
    let rows = worksheetXML(size: 10_000_000, references: false)
    compressionRun("deflate worksheet XML without cell references (\(rows.count / 1_000_000) MB), fast effort", rows, effort: .fast)
    let pages = try nationalHTMLPages(size: 20_000_000)
    compressionRun("deflate site HTML (\(pages.count / 1_000_000) MB)", pages)
}

private func compressionRun(_ name: String, _ input: [UInt8], effort: Deflate.Effort = .thorough) {
    var compressed = 0
    measure(name, runs: 5, bytes: input.count) {
        compressed = Deflate.compress(input, effort: effort).count
    }
    print("\(name): \(input.count) → \(compressed) bytes, ratio \(formatRate(Double(input.count) / Double(compressed)))")
}

/// Rows of eight cells `<c r="B7" s="4"><v>12850</v></c>` with deterministic numbers, or without
/// the references (`<c s="4"><v>12850</v></c>`), as the sheets are written since issue 13's
/// second round.
private func worksheetXML(size: Int, references: Bool = true) -> [UInt8] {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    var text = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet><sheetData>"
    var row = 1
    while text.utf8.count < size {
        text += "<row r=\"\(row)\">"
        for (index, column) in ["A", "B", "C", "D", "E", "F", "G", "H"].enumerated() {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let reference = references ? " r=\"\(column)\(row)\"" : ""
            text += "<c\(reference) s=\"\(3 + index % 3)\"><v>\((state >> 33) % 100_000)</v></c>"
        }
        text += "</row>"
        row += 1
    }
    return Array((text + "</sheetData></worksheet>").utf8)
}

/// The national site's .html files, rendered in memory, in path order, up to `size` bytes.
private func nationalHTMLPages(size: Int) throws -> [UInt8] {
    let national = try NationalFolder()
    defer { national.remove() }
    let (checked, _) = Pipeline.check(input: national.input, displayPath: "national", strict: false)
    guard let figures = checked else { preconditionFailure("the national sample does not compute") }
    let builder = OutputBuilder(figures: figures, options: OutputOptions(templateFolders: [ShippedTemplates.locate()]))
    let sink = HTMLCollector()
    try builder.write(to: sink)
    var bytes: [UInt8] = []
    for (_, page) in sink.pages.sorted(by: { $0.key < $1.key }) where bytes.count < size { bytes += page }
    return bytes
}

/// Keeps the HTML files written to it.
private final class HTMLCollector: OutputSink, @unchecked Sendable {
    private let lock = NSLock()
    private var written: [String: [UInt8]] = [:]

    /// The files kept, by path.
    var pages: [String: [UInt8]] { lock.withLock { written } }

    func write(_ bytes: [UInt8], to relativePath: String) throws(PublishError) {
        guard relativePath.hasSuffix(".html") else { return }
        lock.withLock { written[relativePath] = bytes }
    }
}
