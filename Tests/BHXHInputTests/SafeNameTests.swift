import BHXHInput
import Testing

/// Which plan ids and unit codes can become file names: the quick ASCII check and the full one agree.
@Suite struct SafeNameTests {
    @Test(arguments: ["ha-noi-2026-2030", "27_001", "a.b", "X", "Hà-Nội", "đặc_khu.2", "١٢٣"])
    func safeNames(name: String) {
        #expect(SafeName.isSafe(name))
    }

    @Test(arguments: ["", ".hidden", "..", "a b", "a/b", "a\\b", "a:b", "100%", "a\u{0}b", "ha noi", "a\u{200B}b",
                      String(repeating: "a", count: 65), String(repeating: "ạ", count: 22)])
    func unsafeNames(name: String) {
        #expect(!SafeName.isSafe(name))
    }
}
