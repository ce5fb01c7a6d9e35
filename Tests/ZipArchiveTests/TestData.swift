/// Deterministic inputs for the compression tests.
enum TestData {
    /// A reproducible stream of pseudo-random numbers (a 64-bit linear congruential generator).
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        mutating func bytes(_ count: Int, alphabet: Int = 256) -> [UInt8] {
            (0..<count).map { _ in UInt8(next(alphabet)) }
        }
    }

    /// Worksheet-like XML of at least `size` bytes: rows of cells with styles and numbers, each
    /// cell with its reference (`<c r="B7" s="4">`) or, as the sheets are written, without.
    static func worksheetXML(size: Int, references: Bool = true) -> [UInt8] {
        var random = Random(state: 7)
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet><sheetData>"
        var row = 1
        while text.utf8.count < size {
            text += "<row r=\"\(row)\">"
            for (index, column) in ["A", "B", "C", "D", "E", "F", "G", "H"].enumerated() {
                let reference = references ? " r=\"\(column)\(row)\"" : ""
                text += "<c\(reference) s=\"\(3 + index % 3)\"><v>\(random.next(100_000))</v></c>"
            }
            text += "</row>"
            row += 1
        }
        return Array((text + "</sheetData></worksheet>").utf8)
    }
}
