import DelimitedText
import Testing

@Suite struct RecordTests {
    @Test(arguments: ["\r\n", "\n", "\r"])
    func eachLineEndingSeparatesRecords(ending: String) throws {
        let document = try read(["a,b", "1,2", "\"x", "y\",4", "5,6"].joined(separator: ending) + ending)
        #expect(document.records == [
            DelimitedRecord(line: 1, fields: ["a", "b"]),
            DelimitedRecord(line: 2, fields: ["1", "2"]),
            DelimitedRecord(line: 3, fields: ["x\ny", "4"]),
            DelimitedRecord(line: 5, fields: ["5", "6"]),
        ])
    }

    @Test func mixedLineEndingsCountOneLineEach() throws {
        let document = try read("a\r\nb\nc\rd\r\r\ne")
        #expect(document.records.map(\.line) == [1, 2, 3, 4, 6])
        #expect(document.records.map(\.fields) == [["a"], ["b"], ["c"], ["d"], ["e"]])
    }

    @Test func lastRecordNeedsNoLineEnding() throws {
        #expect(try fields("a,b\n1,2") == [["a", "b"], ["1", "2"]])
    }

    @Test func quotedFieldsHoldSeparatorsQuotesAndLineBreaks() throws {
        let text = "name,note\r\n\"Hà Nội, thủ đô\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",\"\"\r\n"
        #expect(try fields(text) == [["name", "note"], ["Hà Nội, thủ đô", "say \"hi\""], ["two\nlines", ""]])
    }

    @Test func linesStayCorrectAfterMultiLineFields() throws {
        let text = "a,b\n\"1\n2\n3\",x\n\"p\r\nq\rr\",y\nlast,z\n"
        let document = try read(text)
        #expect(document.records.map(\.line) == [1, 2, 5, 8])
        #expect(document.records[1].fields == ["1\n2\n3", "x"])
        #expect(document.records[2].fields == ["p\nq\nr", "y"])
    }

    @Test func blankLinesAndLinesOfSeparatorsAreLeftOut() throws {
        let document = try read("\n\na,b\n,\n  ,  \n1,2\n\n , \n\r\n\r\n")
        #expect(document.records == [
            DelimitedRecord(line: 3, fields: ["a", "b"]),
            DelimitedRecord(line: 6, fields: ["1", "2"]),
        ])
    }

    @Test func spacesAroundCellsAreTrimmedButNotInsideQuotes() throws {
        let text = " unit , Tên đơn vị \t,\u{A0}bhyt\u{A0}\n 01 ,  \"  Hà Nội \"  , 12 \n"
        #expect(try fields(text) == [["unit", "Tên đơn vị", "bhyt"], ["01", "  Hà Nội ", "12"]])
    }

    @Test func tabsAreFieldsNotSpacesInTabFiles() throws {
        #expect(try fields("a\t\tb\n1\t2\t3\n") == [["a", "", "b"], ["1", "2", "3"]])
    }

    @Test func decomposedTextIsComposed() throws {
        // "Bắc Ninh" typed on a Mac: a + combining breve + combining acute.
        let decomposed = "B\u{61}\u{306}\u{301}c Ninh"
        let field = try #require(try fields("code,name\n27,\"\(decomposed)\"\n27,\(decomposed)\n").last?.last)
        #expect(Array(field.unicodeScalars) == Array("B\u{1EAF}c Ninh".unicodeScalars))
        let quoted = try #require(try fields("x\n\"\(decomposed)\"\n").last?.first)
        #expect(Array(quoted.unicodeScalars) == Array("B\u{1EAF}c Ninh".unicodeScalars))
    }

    @Test func composedTextIsLeftAsItIs() throws {
        let text = "Thành phố Hồ Chí Minh, Đắk Lắk, Ñandú, Ω"
        let field = try #require(try fields("\"\(text)\"\n").first?.first)
        #expect(Array(field.unicodeScalars) == Array(text.unicodeScalars))
    }

    @Test func raggedRowsAreKeptAsTheyAre() throws {
        #expect(try fields("a,b,c\n1,2\n1,2,3,4\n5\n") == [["a", "b", "c"], ["1", "2"], ["1", "2", "3", "4"], ["5"]])
    }

    @Test func emptyFieldsAreKept() throws {
        #expect(try fields("a,b,c\n,x,\n") == [["a", "b", "c"], ["", "x", ""]])
    }

    @Test func unclosedQuoteIsAnErrorWhereItOpens() throws {
        let error = try #require(readError(TextBytes.utf8("a,b\n\"x\ny\",1\nHà,\"open\n2,3\n")))
        #expect((error.line, error.column) == (4, 4))
        #expect(error.message.contains("never ends"))
    }

    @Test func textAfterAClosingQuoteIsKept() throws {
        #expect(try fields("\"ab\"c,\"x\" y ,\"q\"r\"s\"\n") == [["abc", "x y", "qr\"s\""]])
    }

    @Test func quoteInsideAnUnquotedFieldIsAnOrdinaryCharacter() throws {
        #expect(try fields("ab\"c,5\" screen\n") == [["ab\"c", "5\" screen"]])
    }
}
