import Testing
@testable import VietnameseFormat

@Suite struct TextFoldingTests {
    @Test func vietnameseNamesAndHeadingsFoldToTheirPlainWords() {
        #expect(foldedForMatching("Lực lượng  lao động") == "luc luong lao dong")
        #expect(foldedForMatching("LUC LUONG LAO DONG") == "luc luong lao dong")
        #expect(foldedForMatching("% so với lực lượng") == "so voi luc luong")
        #expect(foldedForMatching("Số đã thực hiện 8/2018") == "so da thuc hien 8 2018")
        #expect(foldedForMatching("  TP.Bắc Kạn\r\n") == "tp bac kan")
        #expect(foldedForMatching("ĐỒNG Ỷ Ữ") == "dong y u")
        #expect(foldedForMatching("") == "")
        #expect(foldedForMatching("-–—") == "")
    }

    /// Text the table does not know goes through Foundation: a combining mark, a letter outside
    /// ASCII after folding, a character beyond the table's ranges.
    @Test func textWithCharactersOutsideTheTableIsFoldedByFoundation() {
        #expect(FoldingTable.shared.fold("Ca\u{301}ch") == nil)
        #expect(foldedForMatching("Ca\u{301}ch") == "cach")
        #expect(FoldingTable.shared.fold("Chợ Đồn") == "cho don")
        #expect(FoldingTable.shared.fold("Tổng \u{202E}cộng") == nil)
        #expect(foldedForMatching("Tổng\u{00A0}cộng") == foldedThroughFoundation("Tổng\u{00A0}cộng"))
    }

    /// Every character of the table's ranges alone, and every pair of the characters Vietnamese is typed with, fold
    /// as Foundation folds them.
    @Test func theTableFoldsAsFoundationDoes() {
        let scalars = ((0x00..<0x250) as Range<UInt32>).compactMap(Unicode.Scalar.init)
            + ((0x1E00...0x1EFF) as ClosedRange<UInt32>).compactMap(Unicode.Scalar.init)
        for scalar in scalars {
            let text = "A\(Character(scalar))b \(Character(scalar))"
            #expect(foldedForMatching(text) == foldedThroughFoundation(text), "U+\(String(scalar.value, radix: 16))")
        }
        // Every pair of the letters, marks and separators tables are typed with.
        let alphabet = Array("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ09 .,-/%()\t\r\n")
        for first in alphabet {
            for second in alphabet {
                let text = "x\(first)\(second)Y"
                #expect(foldedForMatching(text) == foldedThroughFoundation(text), "\(text.debugDescription)")
            }
        }
    }
}
