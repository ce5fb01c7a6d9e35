import BHXHAudit
import DelimitedText
import Foundation
import Testing

/// The same table saved every way Excel and other tools save it gives the same findings.
@Suite struct DialectTests {
    /// The records of Phụ lục 1 as published.
    func records() throws -> [[String]] {
        try DelimitedTextReader.read(try Fixtures.bytes("seed000/phu-luc-1.csv")).records.map(\.fields)
    }

    /// `records` written with `separator`, as UTF-8 (with a byte order mark).
    func written(_ records: [[String]], separator: DelimitedSeparator) -> [UInt8] {
        var writer = DelimitedTextWriter(separator: separator)
        for record in records { writer.write(record.map { .number($0) }) }
        return writer.bytes
    }

    /// `text` as UTF-16 with a byte order mark, little- or big-endian.
    func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += littleEndian ? pair : pair.reversed()
        }
        return bytes
    }

    /// The findings without the file name, which differs between the forms.
    func findings(_ bytes: [UInt8]) -> [String] {
        Fixtures.csvRows([Audit.Input(path: "x.csv", bytes: bytes)]).map { String($0.dropFirst("x.csv,".count)) }
    }

    @Test func everyFormGivesTheSameFindings() throws {
        let records = try records()
        let published = findings(try Fixtures.bytes("seed000/phu-luc-1.csv"))
        #expect(published.count == 25)
        let tabText = String(decoding: written(records, separator: .tab).dropFirst(3), as: UTF8.self)
        // English-style numbers: 4,466 for counts and 21.511 for percentages.
        let english = records.map { record in
            record.map { cell -> String in
                if cell.wholeMatch(of: /\d{1,3}(\.\d{3})+/) != nil { return cell.replacingOccurrences(of: ".", with: ",") }
                if cell.wholeMatch(of: /\d+,\d+/) != nil { return cell.replacingOccurrences(of: ",", with: ".") }
                return cell
            }
        }
        // Headings and titles typed without diacritics; merged group cells typed once, the rest left empty.
        let plain = records.enumerated().map { position, record in
            position > 4 ? record : record.map { $0.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
                .folding(options: .diacriticInsensitive, locale: nil) }
        }
        var merged = records
        merged[3] = merged[3].enumerated().map { index, cell in index > 0 && merged[3][index - 1] == cell ? "" : cell }
        let forms: [(String, [UInt8])] = [
            ("semicolons, decimal commas", written(records, separator: .semicolon)),
            ("tabs, UTF-16 LE", utf16(tabText, littleEndian: true)),
            ("tabs, UTF-16 BE", utf16(tabText, littleEndian: false)),
            ("comma, English numbers", written(english, separator: .comma)),
            ("no diacritics in the headings", written(plain, separator: .comma)),
            ("merged group cells left empty", written(merged, separator: .semicolon)),
            ("decomposed (NFD) text, LF", Array(String(decoding: try Fixtures.bytes("seed000/phu-luc-1.csv"), as: UTF8.self)
                .decomposedStringWithCanonicalMapping.replacingOccurrences(of: "\r\n", with: "\n").utf8)),
        ]
        for (name, bytes) in forms {
            #expect(findings(bytes) == published, "\(name)")
        }
    }

    @Test func semicolonsKeepDecimalCommasInsideCells() throws {
        // Semicolons with decimal commas: a comma inside "21,511" must not split the cell.
        let bytes = written(try records(), separator: .semicolon)
        let table = try #require(AuditTableReader.read(bytes, path: "x.csv").table)
        #expect(table.rows.first?.figures[5]?.text == "21,511")
        #expect(table.rows.first?.figures[5]?.value == Decimal(string: "21.511"))
    }
}
