import BHXHAudit
import Foundation
import Testing
import VietnameseFormat

/// Whatever the bytes, audit answers with findings or located errors, never a crash.
@Suite struct RobustnessTests {
    @Test func damagedTablesNeverCrash() throws {
        let original = try Fixtures.bytes("seed000/phu-luc-2.csv")
        let replacements: [[UInt8]] = [[], [0x2C], [0x22], [0x0A], [0x3B], [0x09], [0xFF], [0x00], Array("-".utf8),
                                       Array("9999999999999999999999999999999999".utf8), Array("Toàn tỉnh".utf8)]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var audited = 0
        for _ in 0..<250 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let position = Int(state >> 33) % original.count
            let replacement = replacements[Int(state >> 20) % replacements.count]
            var bytes = original
            bytes.replaceSubrange(position..<min(original.count, position + Int(state >> 50) % 4 + 1), with: replacement)
            let report = Audit.run([Audit.Input(path: "x.csv", bytes: bytes)])
            // Every problem is located in the file.
            #expect(report.problems.allSatisfy { $0.location?.path == "x.csv" })
            if report.files[0].table != nil { audited += 1 }
        }
        #expect(audited > 125)
    }

    @Test func oddButReadableTables() {
        let tables = [
            "TT,Tên đơn vị,Lực lượng lao động\n,Toàn tỉnh,0\n",
            "TT,Tên đơn vị,Ước thực hiện năm 2018,Lực lượng lao động,%\n1,A,5,0,1\n,Toàn tỉnh,5,0,\n",
            "TT,Tên đơn vị,Năm 2018,Năm 2019,Tốc độ tăng (%)\n1,A,0,5,10\n2,B,-5,5,-200\n",
            "Tên đơn vị;Kế hoạch năm 2019;Tốc độ tăng so với năm 2030 (%)\nA;1;1\n",
        ]
        for text in tables {
            let report = Audit.run([Fixtures.table(text)])
            #expect(report.files[0].table != nil, "\(text)")
        }
    }

    @Test func foldingAndShownDecimals() throws {
        #expect(foldedForMatching("  Lực lượng  LAO ĐỘNG (%) ") == "luc luong lao dong")
        #expect(foldedForMatching("Số đã thực hiện đến tháng 8/2018") == "so da thuc hien den thang 8 2018")
        #expect(try NumberReading.decimalPlaces("21,510") == 3)
        #expect(try NumberReading.decimalPlaces("15%") == 0)
        #expect(try NumberReading.decimalPlaces("1.234.567") == 0)
        #expect(try NumberReading.decimalPlaces("1.234,5") == 1)
        #expect(try NumberReading.countPlaces("4.466") == 0)
        #expect(try NumberReading.countPlaces("218,75") == 2)
        #expect(throws: NumberReadingError.notANumber) { try NumberReading.decimalPlaces("1.2.3,4,5") }
    }
}
