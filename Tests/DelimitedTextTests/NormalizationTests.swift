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
}
