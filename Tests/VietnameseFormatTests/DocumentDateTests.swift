import Testing
import VietnameseFormat

@Suite struct DocumentDateTests {
    let blank = "\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}"

    @Test func aWholeDateIsWrittenAsAnOfficialDate() throws {
        let date = try #require(DocumentDate(iso: "2020-01-05"))
        #expect(date == .day(OfficialDate(year: 2020, month: 1, day: 5)!))
        #expect(date.vietnameseLong == "ngày 05 tháng 01 năm 2020")
        #expect(date.vietnameseShort == "05/01/2020")
        #expect(date.iso == "2020-01-05" && date.year == 2020 && date.officialDate != nil)
    }

    @Test func aDraftsYearOrMonthLeavesBlanksForTheRest() throws {
        let year = try #require(DocumentDate(iso: "2022"))
        #expect(year == .year(2022) && year.officialDate == nil)
        #expect(year.vietnameseLong == "ngày\(blank)tháng\(blank)năm 2022")
        #expect(year.vietnameseShort == "2022" && year.iso == "2022")
        let month = try #require(DocumentDate(iso: "2022-02"))
        #expect(month == .month(year: 2022, month: 2))
        #expect(month.vietnameseLong == "ngày\(blank)tháng 02 năm 2022")
        #expect(month.vietnameseShort == "02/2022" && month.iso == "2022-02" && month.year == 2022)
        #expect(DocumentDate(iso: "2022-10")?.vietnameseLong == "ngày\(blank)tháng 10 năm 2022")
    }

    @Test(arguments: ["", "22", "2022-", "2022-13", "2022-00", "2022-5", "2022-02-30", "0000", "２０２２", "2022-1a"])
    func otherTextsAreNotDates(_ text: String) {
        #expect(DocumentDate(iso: text) == nil)
    }
}
