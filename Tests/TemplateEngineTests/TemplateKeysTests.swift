import Testing
import TemplateEngine

/// Keys are found by a number worked out once per key (length and first bytes); these cases
/// would find the wrong key, or miss one, if that number were trusted too far.
@Suite struct TemplateKeysTests {
    @Test func keysAlikeInLengthAndFirstBytesAreTold() throws {
        let value: TemplateValue = ["participantsA": 1, "participantsB": 2, "participants": 3, "p": 4, "": 5]
        #expect(try render("{{participantsB}} {{participantsA}} {{participants}} {{p}}", value) == "2 1 3 4")
        let object = TemplateObject([("participantsA", 1), ("participantsB", 2), ("", 5)])
        guard case .integer(5)? = object[""], case .integer(2)? = object["participantsB"] else {
            Issue.record("keys expected")
            return
        }
        #expect(object["participantsC"] == nil)
    }

    @Test func keysEqualAsUnicodeButNotInBytesStillMatch() throws {
        // "Kelvin sign" K (U+212A) is canonically the letter K; Swift text equality says so too.
        let kelvin: TemplateValue = .object(TemplateObject([("\u{212A}", "kelvin")]))
        #expect(try render("{{K}}", kelvin) == "kelvin")
        // "Hoà" decomposed (a + combining grave) is the same text as the composed "Hoà".
        let decomposed: TemplateValue = .object(TemplateObject([("Hoa\u{0300}", "NFD")]))
        #expect(try render("{{Ho\u{00E0}}}", decomposed) == "NFD")
    }

    @Test func sharedKeysServeManyObjectsAndTheFirstOfDuplicatesWins() throws {
        let keys = TemplateKeys(["text", "kind", "text"])
        let cells: TemplateValue = .array([
            .object(TemplateObject(keys: keys, values: ["a", "num", "ignored"])),
            .object(TemplateObject(keys: keys, values: ["b"])),
        ])
        // Missing values are null: "kind" of the second cell writes nothing.
        #expect(try render("{{#.}}[{{text}}/{{kind}}]{{/.}}", cells) == "[a/num][b/]")
    }

    @Test func keysOfUpToSevenBytesAreToldByTheirNumberAlone() throws {
        // Up to 7 bytes the number holds the whole key, so these differ in it and need no text compare.
        let value: TemplateValue = ["abcdefg": 1, "abcdefh": 2, "abcdef": 3, "abcdefgh": 4, "a": 5]
        #expect(try render("{{abcdefh}} {{abcdef}} {{abcdefg}} {{abcdefgh}} {{a}}", value) == "2 3 1 4 5")
        #expect(try render("[{{abcdefi}}{{b}}]", value) == "[]")
    }
}
