import BHXHAudit
import Testing

/// Issue 11 item 9: cells with escape sequences or bidi overrides reach the terminal escaped.
@Suite struct TerminalSafetyTests {
    @Test func escapesControlAndBidiCharactersOnly() {
        #expect(TerminalText.escaped("Chợ Đồn 21,51%") == "Chợ Đồn 21,51%")
        #expect(TerminalText.escaped("\u{1B}[2J\u{1B}]0;x\u{7}A\tB\nC\r\u{7F}\u{9B}") == "\\u{1B}[2J\\u{1B}]0;x\\u{7}A\\u{9}B\\u{A}C\\u{D}\\u{7F}\\u{9B}")
        #expect(TerminalText.escaped("a\u{202E}cba\u{2066}d\u{2069}") == "a\\u{202E}cba\\u{2066}d\\u{2069}")
    }

    /// The check reads UTF-8 bytes: every character of the first planes next to letters (the
    /// lead bytes C2 and E2 of the unsafe ones start safe ones too: "×" is C3, "→" E2 86 92) is
    /// escaped exactly when it is a control or a bidirectional override or isolate.
    @Test func escapesExactlyTheUnsafeCharactersOfTheFirstPlanes() {
        var wrong: [UInt32] = []
        for value in UInt32(0)...0x2FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let unsafe = value <= 0x1F || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
                || (0x2066...0x2069).contains(value)
            let text = "a\(Character(scalar))b"
            let expected = unsafe ? "a\\u{\(String(value, radix: 16, uppercase: true))}b" : text
            if TerminalText.escaped(text) != expected { wrong.append(value) }
            // In a longer text, at each place within eight bytes (printable ASCII is read eight bytes at a time).
            let prefix = String(repeating: "x", count: 8 + Int(value % 9))
            let long = prefix + text + "0123456789"
            if TerminalText.escaped(long) != prefix + expected + "0123456789" { wrong.append(value) }
        }
        #expect(wrong.isEmpty)
        #expect(TerminalText.escaped("Chợ Đồn → 21,51% — ×") == "Chợ Đồn → 21,51% — ×")
    }

    @Test func findingsTextShowsHostileCellsEscaped() {
        let report = Audit.run([SmallTable.input([
            1: "PHỤ LỤC 2\u{1B}]0;pwned\u{7}",
            7: "2,\"Huyện\u{1B}[2J\nB\u{202E}\",500,5.000,\"10,00\",550,5.000,\"11,00\",10",
            9: ",Toàn tỉnh,1.701,15.000,\"11,34\",1.870,15.000,\"12,47\",10",
        ], path: "x\u{1B}[31m.csv")])  // line 7 holds a line break in quotes: the total is on line 10
        let text = FindingsText.render(report)
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x7 || $0.value == 0x202E })
        #expect(text.hasPrefix("x\\u{1B}[31m.csv: PHỤ LỤC 2\\u{1B}]0;pwned\\u{7} — KẾ HOẠCH"))
        #expect(text.contains("x\\u{1B}[31m.csv:10: rounding: Toàn tỉnh, 2018, \"Ước thực hiện năm 2018\": total 1.701"))
        let csv = String(decoding: FindingsCSV.bytes(report.findings, byteOrderMark: false), as: UTF8.self)
        #expect(csv.hasSuffix("\r\nx\\u{1B}[31m.csv,10,Toàn tỉnh,2018,estimate,1701,1700,total_mismatch\r\n"))
    }

    @Test func aUnitNameWithEscapesIsShownEscapedInFindingsAndProblems() {
        let report = Audit.run([SmallTable.input([
            7: "2,\"Huyện\u{1B}[2J B\",500,5.000,\"10,00\",551,5.000,\"11,00\",x\u{1B}[5m",
        ])])
        let text = FindingsText.render(report)
        #expect(text.contains("Huyện\\u{1B}[2J B, 2019"))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B })
        #expect(report.problems.map(\.message) == [
            "\"Huyện\\u{1B}[2J B\", \"Tốc độ tăng so với năm 2018 (%)\": \"x\\u{1B}[5m\" is not a number; the row is checked without it",
        ])
    }
}
