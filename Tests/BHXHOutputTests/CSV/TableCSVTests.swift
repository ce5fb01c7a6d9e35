import BHXHCore
import Foundation
import Testing
import VietnameseFormat
@testable import BHXHOutput

@Suite struct TableCSVTests {
    let table = Table(
        title: "T",
        groups: [ColumnGroup(nil, [Column("TT", .text)]), ColumnGroup(nil, [Column("Tên đơn vị", .text)]),
                 ColumnGroup("Năm 2019", [Column("Số người", .count), Column("% so với lực lượng lao động", .percent)])],
        rows: [
            TableRow(kind: .unit, unitCode: "A", cells: [.text("1"), .text("Huyện A, B"), .number(ExactNumber(FixedDecimal(units: 44845, scale: 1)!), decimals: 0), .number(ExactNumber(Decimal(string: "21.5149")!), decimals: 2)]),
            TableRow(kind: .agency, unitCode: "X", cells: [.text("2"), .text("=BHXH"), .number(-3, decimals: 0), .number(nil, decimals: 2)]),
            TableRow(kind: .total, unitCode: "P", cells: [.text(""), .text("Toàn tỉnh"), .number(4482, decimals: 0), .number(ExactNumber(Decimal(string: "13.165")!), decimals: 2)]),
        ])

    func text(_ dialect: CSVDialect) -> String {
        String(decoding: TableCSV.bytes(table, titleLines: ["PHỤ LỤC 1", "Tiêu đề"], dialect: dialect), as: UTF8.self)
    }

    @Test func writesTitlesTwoHeaderRowsAndRowsAsExcelReadsThem() {
        #expect(text(.rfc4180) == "\u{FEFF}PHỤ LỤC 1,,,\r\nTiêu đề,,,\r\n"
            + "TT,Tên đơn vị,Năm 2019,Năm 2019\r\n,,Số người,% so với lực lượng lao động\r\n"
            + "1,\"Huyện A, B\",4485,21.51\r\n2,'=BHXH,-3,-\r\n,Toàn tỉnh,4482,13.17\r\n")
    }

    @Test func theVietnameseDialectUsesSemicolonsAndDecimalCommas() {
        #expect(text(.vi).hasSuffix("1;Huyện A, B;4485;21,51\r\n2;'=BHXH;-3;-\r\n;Toàn tỉnh;4482;13,17\r\n"))
    }
}
