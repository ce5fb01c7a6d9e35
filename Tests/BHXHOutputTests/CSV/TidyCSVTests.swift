import BHXHCore
import Foundation
import Testing
import VietnameseFormat
@testable import BHXHOutput

@Suite struct TidyCSVTests {
    @Test func countsAreWholeAndPercentagesHaveFourDecimalsWithADot() {
        let figures = [
            TidyFigure(unitCode: "BK-TP", unitName: "Thành phố Bắc Kạn", scheme: .bhxhTN, year: 2020, status: .target,
                       measure: .participants, value: ExactNumber(Decimal(string: "547.2")!)),
            TidyFigure(unitCode: "BK", unitName: "Toàn tỉnh", scheme: .bhxhBB, year: 2018, status: .actualThrough(month: 8),
                       measure: .coveragePct, value: ExactNumber(Decimal(23223) / 177065 * 100)),
        ]
        let text = String(decoding: TidyCSV.bytes(figures), as: UTF8.self)
        #expect(text == "\u{FEFF}unit,name,scheme,year,status,measure,value\r\n"
            + "BK-TP,Thành phố Bắc Kạn,bhxh_tn,2020,target,participants,547\r\n"
            + "BK,Toàn tỉnh,bhxh_bb,2018,actual_through_08,coverage_pct,13.1155\r\n")
    }
}
