import DelimitedText
import Foundation
import Testing

/// Random tables written by `DelimitedTextWriter` and read back by `DelimitedTextReader`.
@Suite struct RoundTripTests {
    /// A small deterministic generator (SplitMix64), so every run tests the same tables.
    struct Generator {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }

        /// A cell mixing the hard parts: separators, quotes, line breaks, spaces, Vietnamese, emoji.
        mutating func cell() -> String {
            let pieces = ["a", "Hà", "Nội", "ắ", "ỹ", "4.466", "21,51", ",", ";", "\t", "\"", "\n", "\r\n", " ",
                          "\u{A0}", "😀", "=", "-", "x y", "Đ", "''"]
            return (0..<next(6)).map { _ in pieces[next(pieces.count)] }.joined()
        }
    }

    @Test(arguments: [DelimitedSeparator.comma, .semicolon, .tab])
    func writtenTablesReadBackTheSame(separator: DelimitedSeparator) throws {
        var generator = Generator(state: 20_180_926)
        for _ in 0..<200 {
            let columns = 1 + generator.next(6)
            var table: [[String]] = (0..<(1 + generator.next(8))).map { _ in
                (0..<columns).map { _ in generator.cell() }
            }
            // A first row of plain headers, as in real files; a record of empty cells is a blank
            // line, which the reader leaves out.
            table.insert((0..<columns).map { "h\($0)" }, at: 0)
            table.removeAll { row in row.allSatisfy(\.isEmpty) }

            var writer = DelimitedTextWriter(separator: separator, byteOrderMark: generator.next(2) == 0)
            for row in table { writer.write(row.map { .number($0) }) }
            let expected = table.map { row in row.map { $0.replacingOccurrences(of: "\r\n", with: "\n") } }
            let document = try DelimitedTextReader.read(writer.bytes, separator: separator)
            #expect(document.records.map(\.fields) == expected)
            // With two or more columns, detection finds the separator too; one column can be
            // ambiguous ("21,51" alone in a tab file reads as two comma-separated cells).
            if columns > 1 {
                #expect(try DelimitedTextReader.read(writer.bytes).records.map(\.fields) == expected)
            }
        }
    }

    @Test func neutralisedTextReadsBackWithItsApostrophe() throws {
        var writer = DelimitedTextWriter()
        writer.write([.text("=1+2"), .text("-"), .number("-1")])
        #expect(try DelimitedTextReader.read(writer.bytes).records.first?.fields == ["'=1+2", "'-", "-1"])
    }
}
