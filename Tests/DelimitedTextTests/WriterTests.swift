import DelimitedText
import Testing

@Suite struct WriterTests {
    private func written(_ records: [[DelimitedCell]], separator: DelimitedSeparator = .comma,
                         byteOrderMark: Bool = false) -> String {
        var writer = DelimitedTextWriter(separator: separator, byteOrderMark: byteOrderMark)
        for record in records { writer.write(record) }
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test func byteOrderMarkByDefaultAndCRLFAfterEveryRecord() {
        var writer = DelimitedTextWriter()
        writer.write([.text("Mã"), .number("4466")])
        writer.write([.text("01")])
        #expect(writer.bytes == [0xEF, 0xBB, 0xBF] + Array("Mã,4466\r\n01\r\n".utf8))
    }

    @Test func noByteOrderMarkWhenAskedAndNothingBeforeTheFirstRecord() {
        #expect(DelimitedTextWriter(byteOrderMark: false).bytes.isEmpty)
        #expect(DelimitedTextWriter().bytes == [0xEF, 0xBB, 0xBF])
    }

    @Test(arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
        ("cr\rhere", "\"cr\rhere\""), (" lead", "\" lead\""), ("trail ", "\"trail \""), ("nbsp\u{A0}", "\"nbsp\u{A0}\""),
        ("in side", "in side"), ("", ""), ("a;b", "a;b"), ("\u{A0}nbsp", "\"\u{A0}nbsp\""), ("tab\t", "\"tab\t\""),
        ("Tỉnh Vĩnh Phúc", "Tỉnh Vĩnh Phúc"), ("\u{A0}", "\"\u{A0}\""), ("x\u{FEFF}", "x\u{FEFF}"),
    ])
    func textIsQuotedOnlyWhenNeeded(text: String, expected: String) {
        #expect(written([[.text(text)]]) == expected + "\r\n")
    }

    @Test func aCellStartingWithAByteOrderMarkReadsBackWhole() throws {
        // Found by the CSV fuzzer: "\t\u{FEFF}unit" reads as "\u{FEFF}unit" (the tab trimmed);
        // written unquoted after the file's own mark, the reader took it for a second mark.
        var writer = DelimitedTextWriter()
        writer.write([.text("\u{FEFF}unit"), .text("x")])
        #expect(writer.bytes == [0xEF, 0xBB, 0xBF, 0x22, 0xEF, 0xBB, 0xBF] + Array("unit\",x\r\n".utf8))
        #expect(try DelimitedTextReader.read(writer.bytes).records.first?.fields == ["\u{FEFF}unit", "x"])
    }

    @Test func theSeparatorDecidesWhatNeedsQuotes() {
        #expect(written([[.number("21,51"), .text("a;b"), .text("t\tu")]], separator: .semicolon) == "21,51;\"a;b\";t\tu\r\n")
        #expect(written([[.number("21,51"), .text("t\tu")]], separator: .tab) == "21,51\t\"t\tu\"\r\n")
        #expect(written([[.number("21,51"), .number("-5")]]) == "\"21,51\",-5\r\n")
    }

    @Test(arguments: [
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""), ("+1", "'+1"), ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "\"'\rx\""), ("a=b", "a=b"), ("'=x", "'=x"),
    ])
    func textThatCouldBeAFormulaGetsAnApostrophe(text: String, expected: String) {
        #expect(written([[.text(text)]]) == expected + "\r\n")
    }

    @Test func numbersAreNeverAltered() {
        #expect(written([[.number("-5"), .number("+3"), .number("=1"), .number("1.234.567")]]) == "-5,+3,=1,1.234.567\r\n")
    }

    @Test func emptyRecordIsALineBreak() {
        #expect(written([[], [.text("x")]]) == "\r\nx\r\n")
    }

    @Test func sameInputGivesSameBytes() {
        let records: [[DelimitedCell]] = [[.text("Tỉnh Vĩnh Phúc"), .number("1.151.154"), .text("=x")], [.text("a\"b")]]
        #expect(written(records, byteOrderMark: true) == written(records, byteOrderMark: true))
        #expect(Array(written(records).utf8) == Array("Tỉnh Vĩnh Phúc,1.151.154,'=x\r\n\"a\"\"b\"\r\n".utf8))
    }
}
