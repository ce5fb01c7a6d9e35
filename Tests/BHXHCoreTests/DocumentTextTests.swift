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
        document.date = OfficialDate(year: 2020, month: 1, day: 5)!
        #expect(document.attachmentLine == "(Kèm theo Kế hoạch ngày 05 tháng 01 năm 2020 của Ủy ban nhân dân tỉnh Bắc Kạn)")
    }
}
