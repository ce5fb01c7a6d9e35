import Foundation

/// The cells of a worksheet part read back as a spreadsheet program places them: a cell without
/// a reference (`r`) is the one after the cell before it in its row, or in column A. Each cell is
/// its markup inside `<c …>` ("<v>4466</v>", "<f>SUM(C6:C14)</f><v>23223</v>"), by A1 reference.
public enum SheetCells {
    /// The cells of `xml` by reference ("C6"), their attributes other than `r` left out.
    public static func read(_ xml: String) -> [String: String] {
        var cells: [String: String] = [:]
        var row = 0
        var column = 0
        var rest = xml[...]
        while let open = rest.range(of: "<") {
            rest = rest[open.upperBound...]
            guard let close = rest.firstIndex(of: ">") else { break }
            let tag = rest[..<close]
            if tag.hasPrefix("row ") || tag == "row" {
                row = attribute("r", in: tag).flatMap { Int($0) } ?? row + 1
                column = 0
            } else if tag.hasPrefix("c ") || tag == "c" || tag == "c/" {
                if let reference = attribute("r", in: tag) {
                    column = columnNumber(reference)
                } else {
                    column += 1
                }
                let name = columnName(column) + String(row)
                if tag.hasSuffix("/") {
                    cells[name] = ""
                } else if let end = rest.range(of: "</c>") {
                    cells[name] = String(rest[rest.index(after: close)..<end.lowerBound])
                    rest = rest[end.upperBound...]
                    continue
                }
            }
            rest = rest[rest.index(after: close)...]
        }
        return cells
    }

    private static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        let value = tag[start.upperBound...]
        return value.firstIndex(of: "\"").map { String(value[..<$0]) }
    }

    private static func columnNumber(_ reference: String) -> Int {
        reference.unicodeScalars.prefix { $0.properties.isUppercase }.reduce(0) { $0 * 26 + Int($1.value) - 64 }
    }

    private static func columnName(_ number: Int) -> String {
        var name = ""
        var rest = number
        while rest > 0 {
            name = String(UnicodeScalar(UInt8(65 + (rest - 1) % 26))) + name
            rest = (rest - 1) / 26
        }
        return name
    }
}
