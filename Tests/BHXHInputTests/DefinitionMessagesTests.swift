import BHXHCore
import Testing
@testable import BHXHInput

/// Messages an officer can follow (issue 12) and numbers JSON allows (issue 11, items 4 and 9).
@Suite struct DefinitionMessagesTests {
    let reader = DefinitionReaderTests()

    func messages(target: String) -> [String] {
        reader.messages(reader.minimal(appendix: #"{"number": 1, "scheme": "bhxh_bb", "title": "T", "target": \#(target)}"#))
    }

    @Test func aRateInQuotesSuggestsTheNumberWithoutThePercentSign() {
        let found = messages(target: #"{"method": "coverage", "rates": {"2019": "1,3%"}}"#)
        #expect(found.count == 1)
        #expect(found.first?.hasSuffix("error: the value for 2019 in \"rates\" must be a number without quotes (write 1.3, not \"1,3%\")") == true)
        let words = messages(target: #"{"method": "coverage", "rates": {"2019": "ba mươi"}}"#)
        #expect(words.first?.hasSuffix("must be a number without quotes (not \"ba mươi\")") == true)
    }

    @Test func aMisspeltKeyIsOneErrorWithItsSuggestion() {
        // Before: also "the growth method takes no \"rate\"" and "the growth method needs \"rates\"".
        let found = messages(target: #"{"method": "growth", "rate": {"2019": 1}}"#)
        #expect(found == ["input/plans/p.json:6:98: error: \"rate\" is not a key of a target method; did you mean \"rates\"?"])
    }

    @Test func aKeyOfAnotherMethodIsStillNamed() {
        let found = messages(target: #"{"method": "growth", "rates": {"2019": 1}, "totals": {"2019": 5}}"#)
        #expect(found.count == 1)
        #expect(found.first?.contains("the growth method takes no \"totals\"") == true)
    }

    @Test func aMinifiedPlanIsRead() throws {
        let body = #"{"document":{"authority":"A","kind":"KẾ HOẠCH","number":"1","place":"P","date":"2018-09-26","subject":"S","signer":{"title":"T","name":"N"}},"area":"BK","base":{"year":2018},"years":[2019,2020],"appendices":[{"number":1,"scheme":"bhxh_bb","title":"T","target":{"method":"growth","rates":{"2019":1.5,"2020":2}}}]}"#
        let (definition, problems) = reader.plan(body)
        #expect(problems.isEmpty, "\(problems)")
        #expect(definition?.value.years == [2019, 2020])
    }

    @Test func aNumberTooSmallForADecimalIsCalledTooSmall() {
        let small = messages(target: #"{"method": "growth", "rates": {"2019": 1e-400}}"#)
        #expect(small.count == 1)
        #expect(small.first?.hasSuffix("error: the value for 2019 in \"rates\" is too small a number to use (1e-400); write 0 if you mean none") == true)
        let large = messages(target: #"{"method": "growth", "rates": {"2019": 1e400}}"#)
        #expect(large.first?.hasSuffix("error: the value for 2019 in \"rates\" is too large a number") == true)
    }

    @Test(arguments: [("1e-400", true), ("0.000001", true), ("0.001e2", true), ("0.01e2", false), ("12.5e-1", false),
                      ("12.5e-2", true), ("-3e-99999999999999999999", true), ("5e99999999999999999999", false), ("0", true)])
    func belowOneIsDecidedFromTheText(text: String, below: Bool) {
        #expect(JSONFieldReader.isBelowOne(text) == below)
    }
}
