import Foundation
import Testing
import LocatedJSON

@Suite struct JSONParserTests {
    @Test func valuesKeepTheirLocations() throws {
        let text = """
        {
          "area": "BK",
          "years": [2019, 2020],
          "rate": 1.5
        }
        """
        let root = try JSONParser.parse(text)
        #expect(root.location == SourceLocation(line: 1, column: 1))
        #expect(root["area"]?.string == "BK")
        #expect(root["area"]?.location == SourceLocation(line: 2, column: 11))
        let years = try #require(root["years"]?.elements)
        #expect(years.map(\.numberText) == ["2019", "2020"])
        #expect(years[1].location == SourceLocation(line: 3, column: 19))
        #expect(root["rate"]?.decimal == Decimal(string: "1.5"))
        #expect(root.members?.map(\.key) == ["area", "years", "rate"])
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let root = try JSONParser.parse(#"{"tên": "Bắc Kạn", "x": 1}"#)
        #expect(root["tên"]?.string == "Bắc Kạn")
        #expect(root["x"]?.location == SourceLocation(line: 1, column: 25))
    }

    @Test func escapesAndSurrogatePairs() throws {
        let root = try JSONParser.parse(#"["a\"b\\c\/d\n", "\u1ea0", "\ud83d\ude00"]"#)
        #expect(root.elements?.map(\.string) == ["a\"b\\c/d\n", "Ạ", "😀"])
    }

    @Test func scalarsAndNestedValues() throws {
        let root = try JSONParser.parse(" [true, false, null, -0.5e2, {\"a\": []}] ")
        let items = try #require(root.elements)
        #expect(items[0].bool == true)
        #expect(items[1].bool == false)
        #expect(items[2].isNull)
        #expect(items[3].numberText == "-0.5e2")
        #expect(items[3].decimal == Decimal(-50))
        #expect(items[4]["a"]?.elements?.isEmpty == true)
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let root = try JSONParser.parse(bytes: [0xEF, 0xBB, 0xBF] + Array("{\"a\":1}".utf8))
        #expect(root["a"]?.numberText == "1")
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 1, 9, "expected a key"),
        ("{\"a\": 1 \"b\": 2}", 1, 9, "expected ',' or '}'"),
        ("[1, 2", 1, 6, "never closed"),
        ("{\n  \"a\": tru\n}", 2, 8, "did you mean true"),
        ("{\"a\": 1, \"a\": 2}", 1, 10, "appears twice (first at 1:2)"),
        ("{\"a\": 007}", 1, 8, "cannot start with 0"),
        ("{\"a\": 1,5}", 1, 8, "decimal point, not a comma"),
        ("", 1, 1, "found the end of the file"),
        ("{\"a\": \"x\n\"}", 1, 9, "never closed on its line"),
        ("1 2", 1, 3, "after the end"),
        ("\"\\x\"", 1, 2, "unknown escape"),
        ("{\"a\": 'x'}", 1, 7, "expected a value"),
    ])
    func errorsSayWhatAndWhere(text: String, line: Int, column: Int, fragment: String) {
        do {
            _ = try JSONParser.parse(text)
            Issue.record("expected an error for \(text)")
        } catch {
            #expect(error.location == SourceLocation(line: line, column: column))
            #expect(error.message.contains(fragment), "\(error.message)")
        }
    }

    @Test func invalidUTF8IsAnErrorAtItsPlace() {
        #expect(throws: JSONSyntaxError(message: "the file is not valid UTF-8 text", location: SourceLocation(line: 2, column: 3))) {
            try JSONParser.parse(bytes: Array("{\n\"a".utf8) + [0xC3, 0x28] + Array("\": 1}".utf8))
        }
    }

    @Test func deepNestingIsBoundedNotACrash() {
        let text = String(repeating: "[", count: 100_000)
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text) }
    }

    @Test func hugeNumbersAreKeptAsTextAndDoNotFitADecimal() throws {
        let root = try JSONParser.parse("[123456789012345678901234567890, 1e400]")
        #expect(root.elements?[0].numberText == "123456789012345678901234567890")
        #expect(root.elements?[1].decimal == nil)
    }
}

@Suite struct UTF8CheckTests {
    @Test func findsTheFirstBadByte() {
        #expect(UTF8Check.firstInvalidOffset(in: Array("Bắc Kạn".utf8)) == nil)
        #expect(UTF8Check.firstInvalidOffset(in: [0x41, 0xFF]) == 1)
        #expect(UTF8Check.firstInvalidOffset(in: [0x41, 0xE1, 0xBA]) == 1)
        #expect(UTF8Check.firstInvalidOffset(in: [0xED, 0xA0, 0x80]) == 0) // a lone surrogate
        #expect(UTF8Check.firstInvalidOffset(in: [0xC0, 0x80]) == 0) // an overlong form
    }
}

/// JSON as JSON (issue 11, item 4): every document RFC 8259 accepts is accepted; the
/// decimal-comma hint only where a comma cannot be JSON.
@Suite struct MinifiedJSONTests {
    @Test func listsAndObjectsWithoutSpacesAreRead() throws {
        let years = try JSONParser.parse("[2019,2020]")
        #expect(years.elements?.compactMap(\.numberText) == ["2019", "2020"])
        let object = try JSONParser.parse(#"{"a":1,"b":2,"c":[1,5],"d":-0.5e2}"#)
        #expect(object["b"]?.numberText == "2")
        #expect(object["c"]?.elements?.compactMap(\.numberText) == ["1", "5"])
        #expect(object["d"]?.decimal == -50)
    }

    @Test(arguments: [
        ("1,5", 1, 2),
        ("{\"rate\": 1,5, \"x\": 2}", 1, 11),
        ("{\"a\": {\"b\": 21,51}}", 1, 15),
    ])
    func aCommaThatCannotBeJSONGetsTheDecimalCommaHint(text: String, line: Int, column: Int) {
        do {
            _ = try JSONParser.parse(text)
            Issue.record("expected an error for \(text)")
        } catch {
            #expect(error.location == SourceLocation(line: line, column: column))
            #expect(error.message == "write numbers with a decimal point, not a comma (1.5, not 1,5)")
        }
    }
}
