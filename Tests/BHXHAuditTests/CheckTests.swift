import BHXHAudit
import Foundation
import Testing

/// Each check on a small table whose figures agree, with one cell changed at a time.
@Suite struct CheckTests {
    func severities(_ changes: [Int: String], options: AuditOptions = AuditOptions()) -> [AuditFinding.Severity] {
        Audit.run([SmallTable.input(changes)], options: options).findings.map(\.severity)
    }

    @Test func aTotalOffByOneIsRoundingAndByMoreIsMajor() {
        let byOne = [9: ",Toàn tỉnh,1.701,15.000,\"11,34\",1.870,15.000,\"12,47\",10"]
        #expect(SmallTable.findings(byOne) == ["table.csv,9,Toàn tỉnh,2018,estimate,1701,1700,total_mismatch"])
        #expect(severities(byOne) == [.rounding])
        let byHundreds = [9: ",Toàn tỉnh,1.700,15.000,\"11,33\",1.870,15.300,\"12,22\",10"]
        #expect(SmallTable.findings(byHundreds) == ["table.csv,9,Toàn tỉnh,2019,labour_force,15300,15000,total_mismatch"])
        #expect(severities(byHundreds) == [.major])
    }

    @Test func aCoverageMustBeRoundedHalfUpToTheDigitsShown() {
        // 1.000 ÷ 10.000 × 100 = 10: "10", "10,0", "10,000" agree; a digit off is rounding, more is major.
        func coverage(_ text: String) -> [String] {
            SmallTable.findings([6: "1,Huyện A,1.000,10.000,\(text),1.100,10.000,\"11,00\",10"])
        }
        #expect(coverage("10").isEmpty && coverage("\"10,0\"").isEmpty && coverage("10.000").isEmpty && coverage("\"10,000\"").isEmpty)
        #expect(coverage("\"10,01\"") == ["table.csv,6,Huyện A,2018,coverage_pct,10.01,10.0000,coverage_mismatch"])
        #expect(severities([6: "1,Huyện A,1.000,10.000,\"10,01\",1.100,10.000,\"11,00\",10"]) == [.rounding])
        #expect(severities([6: "1,Huyện A,1.000,10.000,\"10,02\",1.100,10.000,\"11,00\",10"]) == [.major])
    }

    @Test func aPercentageCutOffInsteadOfRoundedIsRounding() {
        // 1.037 ÷ 10.000 × 100 = 10,37: shown with one decimal it is 10,4; the cut-off 10,3 is wrong by its last digit.
        let cut = [6: "1,Huyện A,1.000,10.000,\"10,00\",1.037,10.000,\"10,3\",\"3,7\"",
                   9: ",Toàn tỉnh,1.700,15.000,\"11,33\",1.807,15.000,\"12,05\",\"6,3\""]
        #expect(SmallTable.findings(cut) == ["table.csv,6,Huyện A,2019,coverage_pct,10.3,10.370,coverage_mismatch"])
        #expect(severities(cut) == [.rounding])
        // A half rounds up: 1.0005 of 10.000 people would be 10,005 → 10,01.
        let half = [6: "1,Huyện A,\"1.000,5\",10.000,\"10,01\",\"1.100,55\",10.000,\"11,01\",10",
                    9: ",Toàn tỉnh,\"1.700,5\",15.000,\"11,34\",\"1.870,55\",15.000,\"12,47\",10"]
        #expect(SmallTable.findings(half).isEmpty)
    }

    @Test func growthIsReadAsAnIncreaseOrAsAnIndex() {
        func growth(_ text: String) -> [String] {
            SmallTable.findings([6: "1,Huyện A,1.000,10.000,\"10,00\",1.100,10.000,\"11,00\",\(text)"])
        }
        #expect(growth("10").isEmpty && growth("110").isEmpty && growth("10%").isEmpty && growth("\"110,0\"").isEmpty)
        #expect(growth("15%") == ["table.csv,6,Huyện A,2019,growth_pct,15,10.00,growth_mismatch"])
        #expect(growth("\"103,36\"") == ["table.csv,6,Huyện A,2019,growth_pct,103.36,110.0000,growth_mismatch"])
        let index = Audit.run([SmallTable.input([6: "1,Huyện A,1.000,10.000,\"10,00\",1.100,10.000,\"11,00\",\"103,36\""])])
        #expect(index.findings.first?.explanation
                == "growth 103,36% is not the growth of the numbers: 1.000 → 1.100 is an index of 110,0000% (10,0000% growth) (off by 6,6400)")
    }

    @Test func aGrowthWrittenOnlyOnTheFirstRowIsTheRateOfEveryRow() {
        // Only the first row states 10%: it fits that row, so each other row that did not grow 10% is reported.
        let label = [6: "1,Huyện A,1.000,10.000,\"10,00\",1.100,10.000,\"11,00\",10%", 7: "2,Huyện B,500,5.000,\"10,00\",550,5.000,\"11,00\",",
                     8: "3,BHXH tỉnh,200,-,-,200,-,-,", 9: ",Toàn tỉnh,1.700,15.000,\"11,33\",1.850,15.000,\"12,33\","]
        #expect(SmallTable.findings(label) == ["table.csv,8,BHXH tỉnh,2019,growth_pct,10,0.00,growth_mismatch"])
        let explanation = Audit.run([SmallTable.input(label)]).findings.first?.explanation
        #expect(explanation == "the table's growth 10% (written on line 6) is not this row's: 200 → 200 is 0,00%")
    }

    @Test func anAgencyWithALabourForceIsMajor() {
        let agency = [8: "3,BHXH tỉnh,200,10.000,\"2,00\",220,-,-,10", 9: ",Toàn tỉnh,1.700,25.000,\"6,80\",1.870,15.000,\"12,47\",10"]
        #expect(SmallTable.findings(agency) == ["table.csv,8,BHXH tỉnh,2018,labour_force,10000,,agency_has_labour_force"])
        #expect(severities(agency) == [.major])
        #expect(Audit.run([SmallTable.input(agency)]).findings.first?.explanation == "an agency row has no lực lượng lao động "
            + "of its own, yet shows 10.000, the same as Huyện A; without it the rows add up to 15.000, the total shows 25.000")
    }

    @Test func aSumOfPercentagesNeedsTheTotalToBeWrong() {
        // 10 + 10 = 20 is not 1.700 ÷ 15.000; the same sum on a total that happens to be right is no finding.
        let summed = [9: ",Toàn tỉnh,1.700,15.000,20,1.870,15.000,\"12,47\",10"]
        #expect(SmallTable.findings(summed) == ["table.csv,9,Toàn tỉnh,2018,coverage_pct,20,11.33,sum_of_percentages"])
        let wrongButNotASum = [9: ",Toàn tỉnh,1.700,15.000,21,1.870,15.000,\"12,47\",10"]
        #expect(SmallTable.findings(wrongButNotASum) == ["table.csv,9,Toàn tỉnh,2018,coverage_pct,21,11.33,coverage_mismatch"])
    }

    @Test func unroundedCountsAllowHalfAPersonEach() {
        // Rows carried unrounded (1.100,4 and 550,4 shown as 1.100 and 550) add up to 1.650,8 → a total of 1.651.
        let unrounded = [9: ",Toàn tỉnh,1.700,15.000,\"11,33\",1.871,15.000,\"12,47\",10"]
        #expect(SmallTable.findings(unrounded) == ["table.csv,9,Toàn tỉnh,2019,target,1871,1870,total_mismatch"])
        #expect(SmallTable.findings(unrounded, options: AuditOptions(unroundedCounts: true)).isEmpty)
        #expect(Audit.run([SmallTable.input(unrounded)]).files.first?.cleanWithUnroundedCounts == true)
        // Not when the table also differs from another table of the plan, which rounding cannot explain.
        let differing = unrounded.merging([7: "2,Huyện B,500,5.001,\"10,00\",550,5.000,\"11,00\",10",
                                           9: ",Toàn tỉnh,1.700,15.001,\"11,33\",1.871,15.000,\"12,47\",10"]) { $1 }
        let pair = Audit.run([SmallTable.input(path: "a.csv"), SmallTable.input(differing, path: "b.csv")])
        #expect(pair.files[1].findings.map(\.kind) == [.inconsistentAcrossTables, .inconsistentAcrossTables, .totalMismatch])
        #expect(pair.files[1].cleanWithUnroundedCounts == false)
        // But not a total off by far more than the rows' rounding allows.
        let far = [9: ",Toàn tỉnh,1.700,15.000,\"11,33\",1.880,15.000,\"12,53\",\"10,6\""]
        #expect(SmallTable.findings(far, options: AuditOptions(unroundedCounts: true))
                == ["table.csv,9,Toàn tỉnh,2019,target,1880,1870,total_mismatch"])
        #expect(Audit.run([SmallTable.input(far)]).files.first?.cleanWithUnroundedCounts == false)
        // Nor when a labour force's total is wrong too: unrounded counts cannot change that one.
        let labourForce = [9: ",Toàn tỉnh,1.700,15.001,\"11,33\",1.871,15.000,\"12,47\",10"]
        let withLabourForce = Audit.run([SmallTable.input(labourForce)]).files[0]
        #expect(withLabourForce.findings.map(\.measure) == ["labour_force", "target"])
        #expect(withLabourForce.cleanWithUnroundedCounts == false)
    }

    @Test func tablesOfOnePlanAreComparedAndTheMostCommonFigureIsTheReference() {
        let other = [9: ",Toàn tỉnh,1.700,15.001,\"11,33\",1.870,15.000,\"12,47\",10",
                     7: "2,Huyện B,500,5.001,\"10,00\",550,5.000,\"11,00\",10"]
        let inputs = [SmallTable.input(path: "a.csv"), SmallTable.input(other, path: "b.csv"), SmallTable.input(path: "c.csv")]
        #expect(Fixtures.csvRows(inputs) == [
            "b.csv,7,Huyện B,2018,labour_force,5001,5000,inconsistent_across_tables",
            "b.csv,9,Toàn tỉnh,2018,labour_force,15001,15000,inconsistent_across_tables",
        ])
        #expect(Audit.run(inputs).findings.first?.explanation
                == "Huyện B's lực lượng lao động of 2018 is 5.001 here but 5.000 in a.csv, c.csv")
        // Two tables that disagree: the first given is the reference.
        #expect(Fixtures.csvRows([SmallTable.input(other, path: "b.csv"), SmallTable.input(path: "a.csv")]).allSatisfy { $0.hasPrefix("a.csv") })
        // Tables attached to different documents are not compared.
        let elsewhere = other.merging([3: "(Kèm theo Kế hoạch số 99/KH-UBND của Ủy ban nhân dân tỉnh Y)"]) { $1 }
        #expect(Fixtures.csvRows([SmallTable.input(path: "a.csv"), SmallTable.input(elsewhere, path: "b.csv")]).isEmpty)
    }
}
