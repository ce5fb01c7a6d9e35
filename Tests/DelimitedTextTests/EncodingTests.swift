import DelimitedText
import Testing

@Suite struct EncodingTests {
    static let table = "Mã,Tên,Dân số\r\n01,Thành phố Hà Nội,\"8.053.663\"\r\n26,Tỉnh Vĩnh Phúc,1.151.154\r\n😀,\"a\r\nb\",x\r\n"

    @Test func everyEncodingGivesTheSameRecords() throws {
        let expected = [
            DelimitedRecord(line: 1, fields: ["Mã", "Tên", "Dân số"]),
            DelimitedRecord(line: 2, fields: ["01", "Thành phố Hà Nội", "8.053.663"]),
            DelimitedRecord(line: 3, fields: ["26", "Tỉnh Vĩnh Phúc", "1.151.154"]),
            DelimitedRecord(line: 4, fields: ["😀", "a\nb", "x"]),
        ]
        let forms: [([UInt8], DetectedEncoding)] = [
            (TextBytes.utf8(Self.table), .utf8),
            (TextBytes.utf8WithBOM(Self.table), .utf8WithBOM),
            (TextBytes.utf16LittleEndian(Self.table), .utf16LittleEndian),
            (TextBytes.utf16BigEndian(Self.table), .utf16BigEndian),
        ]
        for (bytes, encoding) in forms {
            let document = try DelimitedTextReader.read(bytes)
            #expect(document.records == expected)
            #expect(document.encoding == encoding)
            #expect(document.separator == .comma)
        }
    }

    @Test func excelUnicodeTextIsUTF16WithTabs() throws {
        let document = try DelimitedTextReader.read(TextBytes.utf16LittleEndian("Mã\tTên\r\n01\tHà Nội, thủ đô\r\n"))
        #expect(document.separator == .tab)
        #expect(document.records.map(\.fields) == [["Mã", "Tên"], ["01", "Hà Nội, thủ đô"]])
    }

    @Test func byteOrderMarkIsNotPartOfTheFirstHeader() throws {
        let document = try DelimitedTextReader.read(TextBytes.utf8WithBOM("unit,name\n"))
        #expect(document.records.first?.fields.first == "unit")
    }

    @Test func aSecondByteOrderMarkIsNotPartOfTheFirstHeaderEither() throws {
        // Found by the CSV fuzzer: UTF-16 with two marks kept U+FEFF before "unit".
        for bytes in [TextBytes.utf16LittleEndian("\u{FEFF}unit,name\n"), TextBytes.utf16BigEndian("\u{FEFF}unit,name\n"),
                      TextBytes.utf8WithBOM("\u{FEFF}\u{FEFF}unit,name\n")] {
            #expect(try DelimitedTextReader.read(bytes).records.first?.fields == ["unit", "name"])
        }
    }

    @Test(arguments: [[], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]] as [[UInt8]])
    func emptyFileHasNoRecords(bytes: [UInt8]) throws {
        #expect(try DelimitedTextReader.read(bytes).records.isEmpty)
    }

    @Test func invalidUTF8IsAnErrorAtItsLineAndColumn() throws {
        // "Hà" then a lone Windows-1258 byte on line 2, column 5.
        let bytes = TextBytes.utf8("a,b\nHà,x") + [0xE0] + TextBytes.utf8("y\n")
        let error = try #require(readError(bytes))
        #expect(error.line == 2)
        #expect(error.column == 5)
        #expect(error.message.contains("UTF-8"))
    }

    @Test func invalidUTF8InsideQuotesIsFoundAfterAMultiLineField() throws {
        let bytes = TextBytes.utf8("a,\"b\r\nc\",d\r\n\"x") + [0xC3, 0x28] + TextBytes.utf8("\"\r\n")
        let error = try #require(readError(bytes))
        #expect((error.line, error.column) == (3, 3))
    }

    @Test func overlongAndSurrogateEncodingsAreInvalid() {
        #expect(readError([0x41, 0xC0, 0xAF]) != nil)
        #expect(readError([0x41, 0xED, 0xA0, 0x80]) != nil)
        #expect(readError(TextBytes.utf8("ab,") + [0xE1, 0xBA]) != nil)
    }

    @Test func unpairedSurrogateInUTF16IsAnError() throws {
        var bytes = TextBytes.utf16LittleEndian("ab\ncd")
        bytes += [0x00, 0xD8]  // a high surrogate with nothing after it
        let error = try #require(readError(bytes))
        #expect((error.line, error.column) == (2, 3))
    }

    @Test func oddByteCountInUTF16IsAnError() throws {
        let error = try #require(readError(TextBytes.utf16BigEndian("ab") + [0x00]))
        #expect((error.line, error.column) == (1, 3))
    }

    @Test func zeroByteIsAnError() throws {
        // UTF-16 saved without its byte order mark reads as UTF-8 full of zero bytes.
        let bytes: [UInt8] = [0x61, 0x00, 0x2C, 0x00, 0x62, 0x00]
        let error = try #require(readError(bytes))
        #expect((error.line, error.column) == (1, 2))
    }

    @Test func errorDescriptionIsLineColonColumn() {
        let error = DelimitedTextError(line: 4, column: 3, message: "x")
        #expect(error.description == "4:3: x")
    }
}
