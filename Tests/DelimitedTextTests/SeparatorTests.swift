import DelimitedText
import Testing

@Suite struct SeparatorTests {
    @Test(arguments: [(",", DelimitedSeparator.comma), (";", .semicolon), ("\t", .tab)])
    func eachSeparatorIsDetectedAndSplits(separator: String, expected: DelimitedSeparator) throws {
        let text = ["unit", "name", "bhxh_bb"].joined(separator: separator) + "\n"
            + ["01", "Hà Nội", "4466"].joined(separator: separator) + "\n"
        let document = try read(text)
        #expect(document.separator == expected)
        #expect(document.records.map(\.fields) == [["unit", "name", "bhxh_bb"], ["01", "Hà Nội", "4466"]])
    }

    @Test func semicolonFileWithDecimalCommas() throws {
        let document = try read("unit;rate;bhtn\n01;21,51;4,466\n02;3,5;1,200\n")
        #expect(document.separator == .semicolon)
        #expect(document.records[1].fields == ["01", "21,51", "4,466"])
    }

    @Test func separatorsInsideQuotesDoNotCount() throws {
        // Comma-separated, but every name holds two semicolons.
        let document = try read("a,b\n\"x;y;z\",1\n\"p;q;r\",2\n")
        #expect(document.separator == .comma)
        #expect(document.records[1].fields == ["x;y;z", "1"])
    }

    @Test func titleRowsDoNotDecide() throws {
        let text = "PHỤ LỤC 1; KẾ HOẠCH, 2019\nTT\tĐơn vị\tSố người\n1\tHà Nội, Ba Đình\t10\n2\tHuế\t20\n"
        #expect(try read(text).separator == .tab)
    }

    @Test func consistentCountBeatsOccasionalSeparators() throws {
        // Tab-separated; some names contain commas.
        let text = "a\tb\tc\n1\tx, y\t2\n3\tz\t4\n5\tw\t6\n"
        let document = try read(text)
        #expect(document.separator == .tab)
        #expect(document.records[1].fields == ["1", "x, y", "2"])
    }

    @Test func onTiesTheLargerFieldCountWins() throws {
        // Every record splits consistently both ways: three fields at ';', two at ','.
        #expect(try read("a;b,c;d\ne;f,g;h\n").separator == .semicolon)
    }

    @Test func onFullTiesCommaComesFirst() throws {
        #expect(try read("a,b;c\n").separator == .comma)
        #expect(try read("a;b\tc\n").separator == .semicolon)
    }

    @Test func singleColumnFileReads() throws {
        let document = try read("unit\n01\n\n02\r\n")
        #expect(document.separator == .comma)
        #expect(document.records == [
            DelimitedRecord(line: 1, fields: ["unit"]),
            DelimitedRecord(line: 2, fields: ["01"]),
            DelimitedRecord(line: 4, fields: ["02"]),
        ])
    }

    @Test func unclosedQuoteInOneCandidateDoesNotStopDetection() throws {
        // Split at ';', the quote opens a field that never closes; split at ',', it is literal.
        let document = try read("a,b\nx;\"y,1\nz,2\n")
        #expect(document.separator == .comma)
        #expect(document.records[1].fields == ["x;\"y", "1"])
    }
}
