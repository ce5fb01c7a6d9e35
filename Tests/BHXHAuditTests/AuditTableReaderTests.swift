import BHXHAudit
import BHXHCore
import Foundation
import Testing

/// Reading tables as people type them: titles or none, one or two heading rows, numbering rows,
/// merged cells, notes below, headings without diacritics — and clear errors for what is not a table.
@Suite struct AuditTableReaderTests {
    func read(_ text: String) -> AuditTableReading {
        AuditTableReader.read(Array(text.utf8), path: "t.csv")
    }

    @Test func theSmallTableIsReadAndAgrees() throws {
        let table = try #require(read(SmallTable.text()).table)
        #expect(table.titleLines.count == 3)
        #expect(table.attachmentLine?.hasPrefix("(Kèm theo") == true)
        #expect(table.columns.map(\.measure) == ["row_number", "name", "estimate", "labour_force", "coverage_pct", "target",
                                                 "labour_force", "coverage_pct", "growth_pct"])
        #expect(table.rows.map(\.kind) == [.unit, .unit, .agency, .total])
        #expect(table.rows.map(\.line) == [6, 7, 8, 9])
        #expect(table.rows[2].figures.count == 3)
        #expect(SmallTable.findings().isEmpty)
    }

    @Test func titleLinesAreOptional() {
        let text = SmallTable.lines.dropFirst(3).joined(separator: "\n")
        #expect(read(text).table?.rows.count == 4)
        #expect(Fixtures.csvRows([Fixtures.table(text)]).isEmpty)
    }

    @Test func oneHeadingRowWithYearsInTheHeadings() throws {
        let text = """
            STT,Đơn vị,Ước thực hiện năm 2018,Lực lượng lao động 2018,Tỷ lệ (%)
            1,Xã Toàn Thắng,100,"1.000","10,5"
            2,Phường 1,50,"1.000",5
            ,Tổng cộng,150,"2.000","7,50"
            """
        let table = try #require(read(text).table)
        #expect(table.columns.map(\.measure) == ["row_number", "name", "estimate", "labour_force", "coverage_pct"])
        #expect(table.rows.map(\.kind) == [.unit, .unit, .total])
        #expect(Fixtures.csvRows([Fixtures.table(text)]) == ["table.csv,2,Xã Toàn Thắng,2018,coverage_pct,10.5,10.000,coverage_mismatch"])
    }

    @Test func aRowNumberingTheColumnsIsSkipped() {
        var lines = SmallTable.lines
        lines.insert("A,B,(1),(2),(3)=(1)/(2)x100,(4),(5),(6),(7)", at: 5)
        let reading = read(lines.joined(separator: "\n"))
        #expect(reading.table?.rows.map(\.name) == ["Huyện A", "Huyện B", "BHXH tỉnh", "Toàn tỉnh"])
        #expect(reading.problems.isEmpty)
    }

    @Test func aTotalTypedAcrossTheMergedNumberAndNameCells() {
        let reading = read(SmallTable.text([9: "Toàn tỉnh,,1.700,15.000,\"11,33\",1.870,15.000,\"12,47\",10"]))
        #expect(reading.table?.rows.last?.kind == .total)
        #expect(reading.table?.rows.last?.name == "Toàn tỉnh")
    }

    @Test func notesAndSignaturesBelowTheTableAreLeftOut() {
        let text = SmallTable.text() + "Ghi chú: số liệu ước tính\n,,,,,,KT. GIÁM ĐỐC\n,,,,,,Nguyễn Văn A\n"
        let reading = read(text)
        #expect(reading.problems.isEmpty)
        #expect(reading.table?.rows.count == 4)
    }

    @Test func headingsWithoutDiacriticsAndInCapitals() throws {
        let text = SmallTable.text([
            4: "TT,TEN DON VI,Nam 2018,Nam 2018,Nam 2018,Ke hoach nam 2019,Ke hoach nam 2019,Ke hoach nam 2019,Ke hoach nam 2019",
            5: ",,Uoc thuc hien nam 2018,Luc luong lao dong,% so voi LLLD,So nguoi tham gia,LUC LUONG LAO DONG,% SO VOI LUC LUONG,"
                + "Toc do tang so voi nam 2018 (%)",
        ])
        let table = try #require(read(text).table)
        #expect(table.columns.map(\.measure) == ["row_number", "name", "estimate", "labour_force", "coverage_pct", "target",
                                                 "labour_force", "coverage_pct", "growth_pct"])
        #expect(table.columns[8].year == 2019 && table.columns[8].comparedYear == 2018)
        #expect(Fixtures.csvRows([Fixtures.table(text)]).isEmpty)
        let wrongGrowth = text.replacingOccurrences(of: "\"11,00\",10\n2,", with: "\"11,00\",12\n2,")
        #expect(Fixtures.csvRows([Fixtures.table(wrongGrowth)]) == ["table.csv,6,Huyện A,2019,growth_pct,12,10.00,growth_mismatch"])
    }

    @Test func yearsUnderAMeasureGroup() throws {
        let text = """
            TT,Tên đơn vị,Số người tham gia,Số người tham gia,Lực lượng lao động,Lực lượng lao động
            ,,2018,2019,2018,2019
            1,Huyện A,100,110,1.000,1.000
            ,Toàn tỉnh,100,111,1.000,1.000
            """
        let table = try #require(read(text).table)
        #expect(table.columns.map(\.measure) == ["row_number", "name", "participants", "participants", "labour_force", "labour_force"])
        #expect(table.columns.map(\.year) == [nil, nil, 2018, 2019, 2018, 2019])
        #expect(Fixtures.csvRows([Fixtures.table(text)]) == ["table.csv,4,Toàn tỉnh,2019,participants,111,110,total_mismatch"])
    }

    @Test func anUnreadableCellIsAnErrorAtItsCellAndTheRestIsChecked() throws {
        let reading = read(SmallTable.text([6: "1,Huyện A,1.0o0,10.000,\"10,00\",1.100,10.000,\"11,00\",10"]))
        #expect(reading.problems.map(\.description)
                == ["t.csv:6:3: error: \"Huyện A\", \"Ước thực hiện năm 2018\": \"1.0o0\" is not a number; the row is checked without it"])
        #expect(reading.table?.rows.count == 4)
        let report = Audit.run([SmallTable.input([6: "1,Huyện A,1.0o0,10.000,\"10,00\",1.100,10.000,\"11,00\",10"])])
        #expect(!report.isClean)
        #expect(report.findings.map(\.kind) == [.totalMismatch])
    }

    @Test(arguments: [
        ("", "t.csv: error: the file is empty; audit reads an appendix table saved as CSV"),
        ("Ghi chú\nchỉ có chữ,và chữ\n", "t.csv:1: error: no row of column headings found"),
        ("TT,Tên đơn vị,Ghi chú\n1,Huyện A,x\n", "t.csv:1: error: none of the headings names a figure audit checks"),
        ("TT,Tên đơn vị,Lực lượng lao động\n", "t.csv:1: error: the table has no rows of figures below its headings"),
        ("TT,Tên,\"Lực lượng\n", "t.csv:1:8: error: the text in quotes that starts here never ends"),
    ])
    func whatIsNotATableIsALocatedError(text: String, expected: String) {
        let reading = read(text)
        #expect(reading.table == nil)
        #expect(reading.problems.count == 1)
        #expect(reading.problems.first?.description.hasPrefix(expected) == true, "\(reading.problems)")
    }

    @Test func textInAnOldEncodingIsALocatedError() {
        var bytes = Array("TT,Tên đơn vị,Lực lượng lao động\n1,Huy".utf8)
        bytes += [0xEA, 0x6E, 0x20, 0x41, 0x2C, 0x31, 0x0A]  // "Huyên A" in Windows-1258
        let reading = AuditTableReader.read(bytes, path: "t.csv")
        #expect(reading.table == nil)
        #expect(reading.problems.first?.description.hasPrefix("t.csv:2:6: error: this is not UTF-8 text") == true)
    }

    @Test func rowNamesSayWhatARowIs() throws {
        let names = ["Toàn tỉnh", "TOÀN HUYỆN", "Tổng cộng", "Cộng", "Tổng số", "Toàn thành phố", "Huyện Chợ Đồn",
                     "Xã Toàn Thắng", "Toàn Thắng", "Cộng Hòa", "BHXH tỉnh", "Bảo hiểm xã hội tỉnh", "Cơ quan BHXH tỉnh thu trực tiếp"]
        let rows = names.enumerated().map { "\($0.offset + 1),\($0.element),1" }.joined(separator: "\n")
        let table = try #require(read("TT,Tên đơn vị,Lực lượng lao động\n" + rows).table)
        #expect(table.rows.map(\.kind) == [.total, .total, .total, .total, .total, .total, .unit,
                                           .unit, .unit, .unit, .agency, .agency, .agency])
    }
}
