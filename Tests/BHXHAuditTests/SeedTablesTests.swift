import BHXHAudit
import Foundation
import Testing

/// The three appendix tables published with the Bắc Kạn plan (seed 000), audited together: every
/// finding, exactly (docs/SEED-000.md explains the errors; docs/AUDIT.md the findings).
@Suite struct SeedTablesTests {
    static let phuLuc1 = """
        phu-luc-1.csv,6,TP.Bắc Kạn,2019,coverage_pct,21.83316,21.8325738,coverage_mismatch
        phu-luc-1.csv,6,TP.Bắc Kạn,2019,growth_pct,15,1.49,growth_mismatch
        phu-luc-1.csv,6,TP.Bắc Kạn,2020,coverage_pct,22.269822,22.26912929,coverage_mismatch
        phu-luc-1.csv,6,TP.Bắc Kạn,2020,growth_pct,20,2.00,growth_mismatch
        phu-luc-1.csv,7,Chợ Đồn,2018,coverage_pct,12.132,12.13106,coverage_mismatch
        phu-luc-1.csv,7,Chợ Đồn,2019,coverage_pct,12.31448,12.3153204,coverage_mismatch
        phu-luc-1.csv,7,Chợ Đồn,2020,coverage_pct,12.561,12.55988,coverage_mismatch
        phu-luc-1.csv,8,Chợ Mới,2018,coverage_pct,9.831,9.82948,coverage_mismatch
        phu-luc-1.csv,8,Chợ Mới,2019,coverage_pct,9.978628,9.98063389,coverage_mismatch
        phu-luc-1.csv,8,Chợ Mới,2020,coverage_pct,10.178201,10.17901847,coverage_mismatch
        phu-luc-1.csv,9,Bạch Thông,2018,coverage_pct,8.872,8.87045,coverage_mismatch
        phu-luc-1.csv,9,Bạch Thông,2019,coverage_pct,9.005129,9.00340353,coverage_mismatch
        phu-luc-1.csv,9,Bạch Thông,2020,coverage_pct,9.1852318,9.184216124,coverage_mismatch
        phu-luc-1.csv,10,Na Rì,2019,coverage_pct,10.12692,10.1286748,coverage_mismatch
        phu-luc-1.csv,10,Na Rì,2020,coverage_pct,10.329456,10.32972925,coverage_mismatch
        phu-luc-1.csv,11,Ba Bể,2018,coverage_pct,7.598,7.59939,coverage_mismatch
        phu-luc-1.csv,11,Ba Bể,2019,coverage_pct,7.712438,7.71208226,coverage_mismatch
        phu-luc-1.csv,12,Ngân Sơn,2018,coverage_pct,8.629,8.62729,coverage_mismatch
        phu-luc-1.csv,12,Ngân Sơn,2019,coverage_pct,8.758432,8.75684589,coverage_mismatch
        phu-luc-1.csv,13,Pác Nặm,2018,coverage_pct,7.717,7.71625,coverage_mismatch
        phu-luc-1.csv,13,Pác Nặm,2019,coverage_pct,7.832836,7.83429921,coverage_mismatch
        phu-luc-1.csv,13,Pác Nặm,2020,coverage_pct,7.9894928,7.989911998,coverage_mismatch
        phu-luc-1.csv,15,Toàn tỉnh,2018,estimate,23310,23309,total_mismatch
        phu-luc-1.csv,15,Toàn tỉnh,2019,estimate,23597,23598,total_mismatch
        phu-luc-1.csv,15,Toàn tỉnh,2020,coverage_pct,13.547,13.54644,coverage_mismatch
        """
    static let phuLuc2 = """
        phu-luc-2.csv,6,TP.Bắc Kạn,2019,growth_pct,15,1.49,growth_mismatch
        phu-luc-2.csv,6,TP.Bắc Kạn,2020,growth_pct,20,2.00,growth_mismatch
        phu-luc-2.csv,9,Huyện Bạch Thông,2018,coverage_pct,5.18,5.1851,coverage_mismatch
        phu-luc-2.csv,12,Huyện Ngân Sơn,2020,coverage_pct,5.63,5.6357,coverage_mismatch
        phu-luc-2.csv,13,Huyện Pác Nặm,2020,coverage_pct,4.98,4.9742,coverage_mismatch
        phu-luc-2.csv,14,BHXH tỉnh,2018,labour_force,20845,,agency_has_labour_force
        phu-luc-2.csv,14,BHXH tỉnh,2019,labour_force,20845,,agency_has_labour_force
        phu-luc-2.csv,14,BHXH tỉnh,2019,coverage_pct,13.83,13.8355,coverage_mismatch
        phu-luc-2.csv,14,BHXH tỉnh,2020,labour_force,20845,,agency_has_labour_force
        phu-luc-2.csv,15,Toàn tỉnh,2018,labour_force,197910,177065,inconsistent_across_tables
        phu-luc-2.csv,15,Toàn tỉnh,2019,labour_force,197910,177065,inconsistent_across_tables
        phu-luc-2.csv,15,Toàn tỉnh,2020,estimate,16696,16695,total_mismatch
        phu-luc-2.csv,15,Toàn tỉnh,2020,labour_force,197910,177065,inconsistent_across_tables
        """
    static let phuLuc3 = """
        phu-luc-3.csv,10,Huyện Bạch Thông,2019,growth_pct,30,35.00,growth_mismatch
        phu-luc-3.csv,10,Huyện Bạch Thông,2020,growth_pct,30,35.19,growth_mismatch
        phu-luc-3.csv,11,Huyện Ba Bể,2019,growth_pct,30,34.67,growth_mismatch
        phu-luc-3.csv,11,Huyện Ba Bể,2020,growth_pct,30,35.64,growth_mismatch
        phu-luc-3.csv,12,Huyện Ngân Sơn,2019,growth_pct,30,34.55,growth_mismatch
        phu-luc-3.csv,12,Huyện Ngân Sơn,2020,growth_pct,30,35.14,growth_mismatch
        phu-luc-3.csv,13,Huyện Pác Nặm,2019,growth_pct,30,35.00,growth_mismatch
        phu-luc-3.csv,13,Huyện Pác Nặm,2020,growth_pct,30,35.19,growth_mismatch
        phu-luc-3.csv,15,Toàn tỉnh,2018,coverage_pct,5,0.62,sum_of_percentages
        phu-luc-3.csv,15,Toàn tỉnh,2019,estimate,1369,1368,total_mismatch
        phu-luc-3.csv,15,Toàn tỉnh,2019,coverage_pct,6,0.77,sum_of_percentages
        phu-luc-3.csv,15,Toàn tỉnh,2020,coverage_pct,8,0.97,sum_of_percentages
        """

    static func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    @Test func everyFindingOfTheThreeTablesTogether() throws {
        let rows = Fixtures.csvRows(try Fixtures.seedTables())
        #expect(rows == Self.lines(Self.phuLuc1) + Self.lines(Self.phuLuc2) + Self.lines(Self.phuLuc3))
    }

    @Test func countsByKindAndSeverity() throws {
        let report = Audit.run(try Fixtures.seedTables())
        func count(_ file: Int, _ kind: AuditFinding.Kind) -> Int {
            report.files[file].findings.filter { $0.kind == kind }.count
        }
        #expect([count(0, .totalMismatch), count(0, .coverageMismatch), count(0, .growthMismatch)] == [2, 21, 2] as [Int])
        #expect([count(1, .agencyHasLabourForce), count(1, .inconsistentAcrossTables), count(1, .coverageMismatch),
                 count(1, .growthMismatch), count(1, .totalMismatch)] == [3, 3, 4, 2, 1] as [Int])
        #expect([count(2, .growthMismatch), count(2, .sumOfPercentages), count(2, .totalMismatch)] == [8, 3, 1] as [Int])
        let severities = report.files.map { file in AuditFinding.Severity.allCases.map { s in file.findings.filter { $0.severity == s }.count } }
        #expect(severities == [[20, 5], [8, 5], [11, 1]] as [[Int]])
        #expect(report.problems.isEmpty)
        #expect(!report.files.contains { $0.cleanWithUnroundedCounts })
    }

    @Test func totalsOffByOneAreRounding() throws {
        let findings = Audit.run([try Fixtures.seedTable(1)]).findings.filter { $0.kind == .totalMismatch }
        #expect(findings.map { "\($0.year ?? 0) \($0.stated.text) \($0.computed ?? 0) \($0.severity)" }
                == ["2018 23.310 23309 rounding", "2019 23.597 23598 rounding"])
        #expect(findings.first.map(FindingsText.line(for:)) == "phu-luc-1.csv:15: rounding: Toàn tỉnh, 2018, "
            + "\"Ước thực hiện năm 2018\": total 23.310 is not the sum of its 9 rows, 23.309 (off by 1)")
    }

    @Test func growthLabelsWrittenOnceAreTheRateOfTheWholeTable() throws {
        let growth = Audit.run([try Fixtures.seedTable(1)]).findings.filter { $0.kind == .growthMismatch }
        #expect(growth.map(\.stated.text) == ["15%", "20%"])
        #expect(growth.allSatisfy { $0.severity == .major && $0.unit == "TP.Bắc Kạn" })
        #expect(growth.first?.explanation == "growth 15%, written only on the first row and so the rate of the whole table, "
            + "is not the growth of the numbers: 4.484 → 4.551 is 1,49%; the rows grew 0,00% to 1,54%")
    }

    @Test func theAgencyRowCopiesTheCitysLabourForce() throws {
        let agency = Audit.run(try Fixtures.seedTables()).findings.filter { $0.kind == .agencyHasLabourForce }
        #expect(agency.map(\.year) == [2018, 2019, 2020])
        #expect(agency.first?.explanation == "an agency row has no lực lượng lao động of its own, yet shows 20.845, "
            + "the same as TP.Bắc Kạn; without it the rows add up to 177.065, the total shows 197.910")
    }

    @Test func theTotalLabourForceDiffersOnlyWhenTablesAreGivenTogether() throws {
        let alone = Audit.run([try Fixtures.seedTable(2)]).findings
        #expect(!alone.contains { $0.kind == .inconsistentAcrossTables })
        let together = Audit.run(try Fixtures.seedTables()).findings.filter { $0.kind == .inconsistentAcrossTables }
        #expect(together.first?.explanation
                == "the total lực lượng lao động of 2018 is 197.910 here but 177.065 in phu-luc-1.csv, phu-luc-3.csv")
    }

    @Test func sumsOfPercentagesAreTheirOwnFinding() throws {
        let findings = Audit.run([try Fixtures.seedTable(3)]).findings.filter { $0.kind == .sumOfPercentages }
        #expect(findings.map(\.stated.text) == ["5", "6", "8"])
        #expect(findings.first?.explanation == "total coverage 5% adds up the rows' percentages (2 + 1 + 1 + 1 + 0 + 0 + 0 + 0 = 5) "
            + "instead of dividing: 1.090 ÷ 177.065 × 100 = 0,62%")
        #expect(!Audit.run([try Fixtures.seedTable(3)]).findings.contains { $0.kind == .coverageMismatch })
    }

    @Test func theTranscriptionWithoutItsAttachmentLineGivesTheSameFindingsOneLineUp() throws {
        let example = Audit.Input(path: "phu-luc-1.csv", bytes: try Fixtures.bytes("examples/seed000-phu-luc-1.csv"))
        let shifted = Self.lines(Self.phuLuc1).map { row in
            var cells = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            cells[1] = String((Int(cells[1]) ?? 0) - 1)
            return cells.joined(separator: ",")
        }
        #expect(Fixtures.csvRows([example]) == shifted)
        // Given with the other two, it is compared with them as a table of the same plan.
        let together = Fixtures.csvRows([example, try Fixtures.seedTable(2), try Fixtures.seedTable(3)])
        #expect(together.filter { $0.hasSuffix("inconsistent_across_tables") }.count == 3)
    }
}
