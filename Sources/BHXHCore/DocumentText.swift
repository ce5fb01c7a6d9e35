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

    /// The number as printed: a draft's bare symbol ("/KH-UBND") gets a blank before it for the
    /// number to be written in by hand.
    public var printedNumber: String { Self.printed(number) }

    /// The line under an appendix title: "(Kèm theo Kế hoạch số 1617/QĐ-UBND ngày 26 tháng 9 năm
    /// 2018 của Ủy ban nhân dân tỉnh Bắc Kạn)"; "(Kèm theo Quyết định số …)" for a plan issued by a
    /// decision.
    public var attachmentLine: String {
        "(Kèm theo \(reference))"
    }

    /// The line under the title of a plan issued by a decision: "(Ban hành kèm theo Quyết định số
    /// 317/QĐ-UBND ngày 20 tháng 3 năm 2017 của Ủy ban nhân dân tỉnh Bắc Kạn)"; nil without one.
    public var issuedWithLine: String? {
        decision == nil ? nil : "(Ban hành kèm theo \(reference))"
    }

    /// "Kế hoạch số … ngày … của …", or the decision's when there is one.
    private var reference: String {
        let kind = decision == nil ? kindInText : "Quyết định"
        let number = self.number.isEmpty ? "" : " số \(printedNumber)"
        return "\(kind)\(number) \(date.vietnameseLong) của \(authorityInText)"
    }

    /// `number` as printed (see `printedNumber`).
    static func printed(_ number: String) -> String {
        number.hasPrefix("/") ? DocumentDate.blank + number : number
    }

    private func capitalizingFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return (String(first).uppercased() + text.dropFirst()).precomposedStringWithCanonicalMapping
    }
}
