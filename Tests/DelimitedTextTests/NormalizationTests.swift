import DelimitedText
import Foundation
import Testing

/// The reader skips NFC for fields whose scalars are all below U+0300 or in U+1E00–U+1EFF;
/// this checks the Unicode fact that makes the shortcut safe.
@Suite struct NormalizationTests {
    @Test func scalarsTheReaderDoesNotComposeAreAlreadyNFC() {
        let scalars = (0x20..<0x300).compactMap(Unicode.Scalar.init) + (0x1E00...0x1EFF).compactMap(Unicode.Scalar.init)
        let changed = scalars.filter { scalar in
            Array(String(scalar).precomposedStringWithCanonicalMapping.unicodeScalars) != [scalar]
        }
        #expect(changed.isEmpty)
        #expect(scalars.count == 0x2E0 + 0x100)
    }

    @Test(arguments: ["Phường Ba Đình", "plain ASCII", "", "Tie\u{0302}\u{0301}n", "e\u{0301} then ạ", "\u{2126}hm", "Hà Nội\u{0300}"])
    func composedTextIsTheNFCOfItsText(text: String) {
        let composed = ComposedText.composed(text)
        #expect(Array(composed.unicodeScalars) == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test func composingTurnsDecomposedLettersIntoPrecomposedOnes() {
        // "ế" typed as e + circumflex + acute is U+1EBF once composed.
        #expect(Array(ComposedText.composed("e\u{0302}\u{0301}").unicodeScalars) == ["\u{1EBF}"])
    }
}
