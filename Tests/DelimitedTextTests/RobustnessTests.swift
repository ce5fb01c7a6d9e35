import DelimitedText
import Testing

/// Arbitrary bytes never crash the reader: they read or give an error inside the text.
@Suite struct RobustnessTests {
    @Test func randomBytesReadOrFailWithALocation() {
        var generator = RoundTripTests.Generator(state: 7)
        let alphabet: [UInt8] = Array(",;\t\"\r\n a1".utf8) + [0xC2, 0xA0, 0xCC, 0x81, 0xE1, 0xBA, 0xAF, 0xFF, 0x00, 0xFE]
        var read = 0
        for _ in 0..<2_000 {
            let bytes = (0..<generator.next(40)).map { _ in alphabet[generator.next(alphabet.count)] }
            do {
                let document = try DelimitedTextReader.read(bytes)
                let lines = document.records.map(\.line)
                #expect(lines == lines.sorted() && lines.allSatisfy { $0 >= 1 })
                #expect(document.records.allSatisfy { !$0.fields.allSatisfy(\.isEmpty) })
                read += 1
            } catch {
                let lineBreaks = bytes.filter { $0 == 0x0A || $0 == 0x0D }.count
                #expect(error.line >= 1 && error.line <= lineBreaks + 1 && error.column >= 1)
            }
        }
        #expect(read > 100)
    }
}
