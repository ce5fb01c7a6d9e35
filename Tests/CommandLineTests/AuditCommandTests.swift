import Foundation
import Testing
@testable import bhxh_report

/// `bhxh-report audit`: exit statuses, the CSV format, writing to a file, help.
@Suite struct AuditCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    func seed(_ number: Int) -> String {
        Self.fixtures.appendingPathComponent("seed000/phu-luc-\(number).csv").path
    }

    /// A scratch file holding `text`; removed with its folder by the caller.
    func scratch(_ text: String, name: String = "table.csv") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bhxh-audit-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    static let cleanTable = """
        TT,Tên đơn vị,Ước thực hiện năm 2018,Lực lượng lao động,% so với lực lượng lao động
        1,Huyện A,1.000,10.000,"10,00"
        2,BHXH tỉnh,200,-,-
        ,Toàn tỉnh,1.200,10.000,"12,00"
        """

    @Test func aCleanTableExitsZero() throws {
        let url = try scratch(Self.cleanTable)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let result = run(["audit", url.path])
        #expect(result.status == 0)
        #expect(result.console.standardOutput.hasSuffix("1 table audited: no findings.\n"))
        #expect(result.console.messages.isEmpty)
    }

    @Test func findingsExitOneAndPrintExactlyTheCSV() {
        let result = run(["audit", "--format", "csv", seed(3)])
        #expect(result.status == 1)
        let path = seed(3)
        #expect(result.console.standardOutput == "file,line,unit,year,measure,stated,computed,finding\r\n"
            + [
                "10,Huyện Bạch Thông,2019,growth_pct,30,35.00,growth_mismatch",
                "10,Huyện Bạch Thông,2020,growth_pct,30,35.19,growth_mismatch",
                "11,Huyện Ba Bể,2019,growth_pct,30,34.67,growth_mismatch",
                "11,Huyện Ba Bể,2020,growth_pct,30,35.64,growth_mismatch",
                "12,Huyện Ngân Sơn,2019,growth_pct,30,34.55,growth_mismatch",
                "12,Huyện Ngân Sơn,2020,growth_pct,30,35.14,growth_mismatch",
                "13,Huyện Pác Nặm,2019,growth_pct,30,35.00,growth_mismatch",
                "13,Huyện Pác Nặm,2020,growth_pct,30,35.19,growth_mismatch",
                "15,Toàn tỉnh,2018,coverage_pct,5,0.62,sum_of_percentages",
                "15,Toàn tỉnh,2019,estimate,1369,1368,total_mismatch",
                "15,Toàn tỉnh,2019,coverage_pct,6,0.77,sum_of_percentages",
                "15,Toàn tỉnh,2020,coverage_pct,8,0.97,sum_of_percentages",
            ].map { "\(path),\($0)\r\n" }.joined())
    }

    @Test func theTextReportLocatesEachFinding() {
        let result = run(["audit", seed(1), seed(2), seed(3)])
        #expect(result.status == 1)
        let out = result.console.standardOutput
        #expect(out.contains("\(seed(1)):15: rounding: Toàn tỉnh, 2018, \"Ước thực hiện năm 2018\": total 23.310 is not the sum of its 9 rows, 23.309 (off by 1)\n"))
        #expect(out.contains("\(seed(2)):14: major: BHXH tỉnh, 2018, \"Lực lượng lao động\": an agency row"))
        #expect(out.hasSuffix("3 tables audited: 50 findings (39 major, 11 rounding).\n"))
    }

    @Test func theCSVWrittenToAFileHasAByteOrderMarkForExcel() throws {
        let url = try scratch("", name: "findings.csv")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let result = run(["audit", "--format=csv", "--output", url.path, seed(2)])
        #expect(result.status == 1)
        #expect(result.console.standardOutput.isEmpty)
        #expect(result.console.messages == ["Wrote 10 findings to \(url.path)."])
        let bytes = [UInt8](try Data(contentsOf: url))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self).hasPrefix("file,line,unit,year,measure,stated,computed,finding\r\n"))
    }

    @Test func unroundedCountsAreAnOption() throws {
        let url = try scratch(Self.cleanTable.replacingOccurrences(of: ",Toàn tỉnh,1.200", with: ",Toàn tỉnh,1.201"))
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        #expect(run(["audit", url.path]).status == 1)
        #expect(run(["audit", url.path]).console.standardOutput.contains("audit it with --unrounded"))
        #expect(run(["audit", "--unrounded", url.path]).status == 0)
    }

    @Test func aFileThatCannotBeReadIsALocatedErrorAndTheOthersAreStillAudited() throws {
        let url = try scratch(Self.cleanTable)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let missing = url.deletingLastPathComponent().appendingPathComponent("nope.csv").path
        let result = run(["audit", missing, url.path])
        #expect(result.status == 1)
        #expect(result.console.messages.first?.hasPrefix("\(missing): error: cannot open the file") == true)
        #expect(result.console.messages.last == "1 error found.")
        #expect(result.console.standardOutput.hasSuffix("1 table audited: no findings.\n"))
        let broken = try scratch("TT,Tên,\"Lực lượng\n")
        defer { try? FileManager.default.removeItem(at: broken.deletingLastPathComponent()) }
        let unreadable = run(["audit", broken.path])
        #expect(unreadable.status == 1)
        #expect(unreadable.console.messages.first == "\(broken.path):1:8: error: the text in quotes that starts here never ends: a closing \" is missing")
    }

    @Test func usageMistakesExitTwo() {
        let none = run(["audit"])
        #expect(none.status == 2)
        #expect(none.console.messages.first == "bhxh-report: error: audit needs the tables to check, e.g. bhxh-report audit phu-luc-1.csv phu-luc-2.csv")
        let format = run(["audit", "--format", "xlsx", seed(1)])
        #expect(format.status == 2)
        #expect(format.console.messages.first == "bhxh-report: error: unknown format \"xlsx\"; use text or csv")
        let option = run(["audit", "--unrouned", seed(1)])
        #expect(option.status == 2)
        #expect(option.console.messages.first == "bhxh-report: error: unknown option --unrouned; did you mean --unrounded?")
        #expect(run(["adit", seed(1)]).console.messages.first == "bhxh-report: error: unknown command \"adit\"; did you mean \"audit\"?")
    }

    @Test func helpTeachesTheFindingsAndExitStatuses() {
        let help = run(["audit", "--help"])
        #expect(help.status == 0)
        for word in ["total_mismatch", "coverage_mismatch", "sum_of_percentages", "growth_mismatch", "agency_has_labour_force",
                     "inconsistent_across_tables", "--format NAME", "--unrounded", "EXIT STATUS", "docs/AUDIT.md"] {
            #expect(help.console.standardOutput.contains(word), "\(word)")
        }
        #expect(run(["--help"]).console.standardOutput.contains("  audit     Re-check appendix tables typed by hand"))
    }
}
