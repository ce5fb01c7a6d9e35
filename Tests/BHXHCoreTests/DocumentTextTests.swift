import Testing
import VietnameseFormat
@testable import BHXHCore

@Suite struct DocumentTextTests {
    @Test func theAttachmentLineNamesKindNumberDateAndIssuerInRunningText() {
        var document = Fixture.document
        document.authority = "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN"
        document.place = "Bắc Kạn"
        document.number = "1617/QĐ-UBND"
        #expect(document.kindInText == "Kế hoạch")
        #expect(document.authorityInText == "Ủy ban nhân dân tỉnh Bắc Kạn")
        #expect(document.attachmentLine == "(Kèm theo Kế hoạch số 1617/QĐ-UBND ngày 26 tháng 9 năm 2018 của Ủy ban nhân dân tỉnh Bắc Kạn)")
        document.number = ""
        document.date = .day(OfficialDate(year: 2020, month: 1, day: 5)!)
        #expect(document.attachmentLine == "(Kèm theo Kế hoạch ngày 05 tháng 01 năm 2020 của Ủy ban nhân dân tỉnh Bắc Kạn)")
    }

    @Test func aPlanIssuedByADecisionIsAttachedToTheDecision() {
        var document = Fixture.document
        document.authority = "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN"
        document.place = "Bắc Kạn"
        document.number = "317/QĐ-UBND"
        document.date = .day(OfficialDate(year: 2017, month: 3, day: 20)!)
        #expect(document.issuedWithLine == nil)
        document.decision = Decision(number: "317/QĐ-UBND", date: document.date, subject: "Về việc ban hành Kế hoạch", bases: [],
                                     articles: ["Ban hành kèm theo Quyết định này Kế hoạch."], signer: document.signer, recipients: [])
        #expect(document.issuedWithLine == "(Ban hành kèm theo Quyết định số 317/QĐ-UBND ngày 20 tháng 3 năm 2017 của Ủy ban nhân dân tỉnh Bắc Kạn)")
        #expect(document.attachmentLine == "(Kèm theo Quyết định số 317/QĐ-UBND ngày 20 tháng 3 năm 2017 của Ủy ban nhân dân tỉnh Bắc Kạn)")
    }

    @Test func aDraftLeavesBlanksForItsNumberAndDay() {
        var document = Fixture.document
        document.isDraft = true
        document.number = "/KH-UBND"
        document.date = .year(2022)
        let blank = "\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}"
        #expect(document.printedNumber == blank + "/KH-UBND")
        #expect(document.attachmentLine == "(Kèm theo Kế hoạch số \(blank)/KH-UBND ngày\(blank)tháng\(blank)năm 2022 của Ủy ban nhân dân tỉnh X)")
        document.number = "12/KH-UBND"
        #expect(document.printedNumber == "12/KH-UBND")
    }
}
