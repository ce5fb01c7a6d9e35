import BHXHAudit
import Foundation
import Testing

/// The two ways findings are printed: text for people, CSV for machines.
@Suite struct FindingsOutputTests {
    @Test func csvIsExactWithAHeaderAndRFC4180Quoting() {
        let report = Audit.run([SmallTable.input([
            7: "2,\"=HYPERLINK(\"\"x\"\"), B\",500,5.000,\"10,00\",550,5.000,\"11,00\",10",
            9: ",Toàn tỉnh,1.701,15.000,\"11,34\",1.870,15.000,\"12,47\",10",
        ], path: "dir/my table.csv")])
        let text = String(decoding: FindingsCSV.bytes(report.findings, byteOrderMark: false), as: UTF8.self)
        #expect(text == "file,line,unit,year,measure,stated,computed,finding\r\n"
            + "dir/my table.csv,9,Toàn tỉnh,2018,estimate,1701,1700,total_mismatch\r\n")
        let unusual = AuditFinding(kind: .agencyHasLabourForce, severity: .major, path: "a,b.csv", line: 3, column: 4,
                                   unit: "=HYPERLINK(\"x\"), B", year: nil, heading: "Dân số", measure: "population",
                                   stated: ShownNumber(value: 1234, places: 0, text: "1.234"), computed: nil, computedPlaces: 0,
                                   explanation: "")
        let bytes = FindingsCSV.bytes([unusual], byteOrderMark: true)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == "file,line,unit,year,measure,stated,computed,finding\r\n"
            + "\"a,b.csv\",3,\"'=HYPERLINK(\"\"x\"\"), B\",,population,1234,,agency_has_labour_force\r\n")
    }

    @Test func textGroupsFindingsByFileWithASummary() throws {
        let clean = SmallTable.input(path: "a.csv")
        let offByOne = SmallTable.input([9: ",Toàn tỉnh,1.701,15.000,\"11,34\",1.870,15.000,\"12,47\",10"], path: "b.csv")
        let broken = Fixtures.table("", path: "c.csv")
        let text = FindingsText.render(Audit.run([clean, offByOne, broken]))
        #expect(text == """
            a.csv: PHỤ LỤC 2 — KẾ HOẠCH PHÁT TRIỂN ĐỐI TƯỢNG THAM GIA BẢO HIỂM THẤT NGHIỆP
              4 rows, no findings

            b.csv: PHỤ LỤC 2 — KẾ HOẠCH PHÁT TRIỂN ĐỐI TƯỢNG THAM GIA BẢO HIỂM THẤT NGHIỆP
              4 rows, 1 finding (1 rounding)
            b.csv:9: rounding: Toàn tỉnh, 2018, "Ước thực hiện năm 2018": total 1.701 is not the sum of its 3 rows, 1.700 (off by 1)
              note: every finding above goes away if the counts of participants are rounded from unrounded targets (a plan with "carry": "exact"); if the table was made that way, audit it with --unrounded.

            c.csv: not audited, the file could not be read

            2 tables audited: 1 finding (1 rounding); 1 file could not be read.

            """)
    }
}
