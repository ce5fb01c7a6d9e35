import Testing
import VietnameseFormat

@Suite struct NameOrderTests {
    @Test func foldedNamesFirstThenTheNamesSoTheOrderIsTotal() {
        let names = ["Xã Tân Hòa", "xã Ái Quốc", "Phường Đông Kinh", "Xã Tân Hoà", "BHXH tỉnh", "Xã Đà Bắc", "Xã Dương Quỳ"]
        let sorted = names.map { (NameOrder($0), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        // "da bac" < "duong quy" (Đ reads as D); "Hoà" and "Hòa" fold alike and are then ordered as
        // written: they first differ at "o" (U+006F) against "ò" (U+00F2).
        #expect(sorted == ["BHXH tỉnh", "Phường Đông Kinh", "xã Ái Quốc", "Xã Đà Bắc", "Xã Dương Quỳ", "Xã Tân Hoà", "Xã Tân Hòa"])
        #expect(NameOrder("Xã Tân Hòa").folded == "xa tan hoa")
        #expect(!(NameOrder("A") < NameOrder("A")))
    }
}
