import BHXHCore
import Testing
@testable import BHXHInput

/// Codes that always make file names, names that cannot lie (issue 11, item 7).
@Suite struct UnitTextTests {
    func read(_ rows: String) -> (UnitTree?, [String]) {
        let (tree, diagnostics) = UnitsReader.read(bytes: Array("code,name,kind,parent\nBK,Tỉnh Bắc Kạn,province,\n\(rows)\n".utf8),
                                                   path: "input/units.csv")
        return (tree, diagnostics.map(\.description))
    }

    @Test func aCodeOfMoreThan64BytesIsAnErrorAtItsCell() {
        // 17 four-byte letters (U+1D400, 𝐀) are 68 bytes but only 17 characters: the old 100-character check passed them.
        let long = String(repeating: "\u{1D400}", count: 17)
        let (tree, problems) = read("\(long),Huyện A,district,BK")
        #expect(tree == nil)
        #expect(problems == [
            "input/units.csv:3:1: error: the code \"\(long)\" is 68 bytes long, but codes become file names and may have at most 64 bytes (letters with accents take 2 or 3 bytes each); use a shorter code",
        ])
        let (fits, none) = read("\(String(repeating: "\u{1D400}", count: 16)),Huyện A,district,BK")
        #expect(none.isEmpty, "\(none)")
        #expect(fits?.units.count == 2)
    }

    @Test func theQuickRangesAnswerAsUnicodesTablesDo() {
        // Every scalar up to U+2FFF (the quick ranges and well beyond), against the general category itself.
        let differing = (0...0x2FFF).compactMap { Unicode.Scalar(UInt32($0)) }.filter { scalar in
            let deceptive = switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator: true
            default: false
            }
            return UnitText.isDeceptive(scalar) != deceptive
        }
        #expect(differing.isEmpty, "\(differing.map { String($0.value, radix: 16) })")
        #expect(UnitText.isDeceptive("\u{AD}") && UnitText.isDeceptive("\u{85}") && !UnitText.isDeceptive("ự"))
    }

    @Test func aHugeCodeIsQuotedShortened() {
        let huge = String(repeating: "Q", count: 1_000_000)
        let (_, problems) = read("BK-TP,Thành phố Bắc Kạn,city,\(huge)")
        #expect(problems == ["input/units.csv:3:4: error: the parent \"QQQQQQQQQQQQQQQQQQQQ…\" of BK-TP is not a unit code in this file"])
    }

    @Test func codesThatDifferOnlyInCaseAreAnError() {
        let (tree, problems) = read("BK-TP,Thành phố Bắc Kạn,city,BK\nbk-tp,Thành phố khác,city,BK")
        #expect(tree == nil)
        #expect(problems == [
            "input/units.csv:4:1: error: the code \"bk-tp\" differs from \"BK-TP\" on line 3 only in capital letters; they would be one file on Windows and macOS, so give each unit a code of its own",
        ])
    }

    @Test(arguments: [("\u{202E}", "an invisible character (U+202E)"), ("\u{2067}", "an invisible character (U+2067)"),
                      ("\u{200B}", "an invisible character (U+200B)"), ("\u{7}", "an invisible character (U+0007)"),
                      ("\n", "a line break"), ("\t", "a tab")])
    func controlAndBidiCharactersInANameAreAnError(character: String, described: String) {
        let (tree, problems) = read("BK-TP,\"Thành phố\(character)Bắc Kạn\",city,BK")
        #expect(tree == nil)
        #expect(problems == [
            "input/units.csv:3:2: error: unit \"BK-TP\": the name contains \(described), which can make a text look different from what it says; retype the name without it",
        ])
    }

    @Test func aBidiOverrideInACodeIsNamed() {
        let (_, problems) = read("BK\u{202E}PT,Thành phố Bắc Kạn,city,BK")
        #expect(problems == ["input/units.csv:3:1: error: the code contains an invisible character (U+202E), which cannot be in a code; retype the code"])
    }
}
