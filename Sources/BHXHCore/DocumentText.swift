import Foundation
import VietnameseFormat

extension DocumentInfo {
    /// The document kind as running text writes it: "KẾ HOẠCH" → "Kế hoạch".
    public var kindInText: String { capitalizingFirst(kind.lowercased()) }

    /// The issuing body as running text writes it: "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN" →
    /// "Ủy ban nhân dân tỉnh Bắc Kạn" (lower case, the place name and the first letter kept capital).
    public var authorityInText: String {
        var text = authority.lowercased()
        let place = self.place.lowercased()
        if !place.isEmpty, let range = text.range(of: place, options: .backwards) {
            text.replaceSubrange(range, with: self.place)
        }
        return capitalizingFirst(text)
    }

    /// The line under an appendix title: "(Kèm theo Kế hoạch số 1617/QĐ-UBND ngày 26 tháng 9 năm
    /// 2018 của Ủy ban nhân dân tỉnh Bắc Kạn)".
    public var attachmentLine: String {
        let number = self.number.isEmpty ? "" : " số \(self.number)"
        return "(Kèm theo \(kindInText)\(number) \(date.vietnameseLong) của \(authorityInText))"
    }

    private func capitalizingFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return (String(first).uppercased() + text.dropFirst()).precomposedStringWithCanonicalMapping
    }
}
