import BHXHCore
import Foundation
import Testing
@testable import BHXHInput

/// The JSON of tables as the seeds lay them out: an appendix's "columns" and side-by-side appendices.
@Suite struct TableLayoutReaderTests {
    let reader = DefinitionReaderTests()

    /// A plan whose appendices are `bb` (bhxh_bb, with `columns` when given) and then `more`, the
    /// first on line 6 of the file.
    func plan(columns: String? = nil, _ more: String = "") -> (Plan?, [String]) {
        let bb = #"{"number": 1, "scheme": "bhxh_bb", "title": "T", "target": {"method": "growth", "rates": {"2019": 1}}"#
            + (columns.map { #", "columns": \#($0)"# } ?? "") + "}"
        let (definition, problems) = reader.plan(reader.minimal(appendix: bb + (more.isEmpty ? "" : ",\n" + more)))
        return (definition?.value, problems.map(\.description))
    }

    @Test func anAppendixHidesColumnsAndNamesHeadings() {
        let (plan, problems) = plan(columns: #"{"hide": ["denominator", "through"], "headings": {"growth": "Tốc độ phát triển", "coverage": "Tỷ lệ so với LLLĐ trong độ tuổi"}}"#)
        #expect(problems.isEmpty, "\(problems)")
        #expect(plan?.appendices.first?.layout == TableLayout(hidden: [.denominator, .through],
                                                             headings: [.growth: "Tốc độ phát triển", .coverage: "Tỷ lệ so với LLLĐ trong độ tuổi"]))
        // Without "columns", every column with its standard heading.
        #expect(self.plan().0?.appendices.first?.layout == .standard)
    }

    @Test func unknownOrUnhideableColumnsAreErrorsWhereTheyAreWritten() {
        let (plan, problems) = self.plan(columns: #"{"hide": ["denominatr", "participants"], "headings": {"grow": "x"}}"#)
        #expect(plan == nil)
        // The appendix starts at line 6, column 18; "columns" follows the target.
        let column = #"  "appendices": [{"number": 1, "scheme": "bhxh_bb", "title": "T", "target": {"method": "growth", "rates": {"2019": 1}}, "columns": {"hide": ["#.count + 1
        #expect(problems.contains("input/plans/p.json:6:\(column): error: \"denominatr\" is not a column of an appendix table (did you mean \"denominator\"?); its columns are through, base, participants, denominator, coverage, eligible, participation or growth"), "\(problems)")
        #expect(problems.contains { $0.hasPrefix("input/plans/p.json:6:\(column + 14): error: the \"participants\" column cannot be hidden") })
        #expect(problems.contains { $0.contains("error: \"grow\" is not a column of an appendix table (did you mean \"growth\"?)") })
    }

    @Test func aSideBySideAppendixNamesTheSchemesOfThePlansAppendices() {
        let (plan, problems) = plan(#"""
        {"number": 2, "title": "BIỂU CHI TIẾT", "schemes": ["bhxh_bb", "bhtn"], "columns": {"hide": ["base"], "headings": {"participants": "KH {year}"}}},
        {"number": 3, "scheme": "bhtn", "title": "U", "target": {"method": "growth", "rates": {"2019": 1}}}
        """#)
        #expect(problems.isEmpty, "\(problems)")
        #expect(plan?.appendices.map(\.number) == [1, 3])
        let table = plan?.sideBySide.first
        #expect(table?.number == 2)
        #expect(table?.schemes == [.bhxhBB, .bhtn])
        #expect(table?.position == 1)
        #expect(table?.layout == TableLayout(hidden: [.base], headings: [.participants: "KH {year}"]))
    }

    @Test func aSideBySideAppendixWithASchemeThePlanLacksIsAnErrorAtThatScheme() {
        let (plan, problems) = plan(#"""
        {"number": 2, "title": "B", "schemes": ["bhxh_bb", "bhyt"]},
        {"number": 3, "scheme": "bhtn", "title": "U", "target": {"method": "growth", "rates": {"2019": 1}}}
        """#)
        #expect(plan == nil)
        #expect(problems == ["input/plans/p.json:7:52: error: the plan has no appendix for \"bhyt\", so a side-by-side table cannot show its targets; add an appendix with \"scheme\": \"bhyt\" (the plan's appendices are for \"bhxh_bb\", \"bhtn\")"], "\(problems)")
    }

    @Test func aSideBySideAppendixTakesNoTargetAndTwoSchemesOrMore() {
        let (_, target) = plan(#"{"number": 2, "title": "B", "schemes": ["bhxh_bb", "bhxh_tn"], "target": {"method": "growth", "rates": {"2019": 1}}}"#)
        #expect(target.contains { $0.hasPrefix("input/plans/p.json:7:74: error: an appendix with \"schemes\" sets side by side the targets of the plan's appendices for those schemes, so it takes no \"target\"") }, "\(target)")
        let (_, one) = plan(#"{"number": 2, "title": "B", "schemes": ["bhxh_bb"]}"#)
        #expect(one.contains { $0.hasPrefix("input/plans/p.json:7:40: error: \"schemes\" must list two schemes or more") }, "\(one)")
        let (_, twice) = plan(#"{"number": 2, "title": "B", "schemes": ["bhxh_bb", "bhxh_bb"]}"#)
        #expect(twice.contains { $0.contains("error: \"bhxh_bb\" is listed twice in \"schemes\"") })
        let (_, number) = plan(#"{"number": 1, "title": "B", "schemes": ["bhxh_bb", "bhxh"]}"#)
        #expect(number.contains("input/plans/p.json:7:1: error: two appendices have the number 1"), "\(number)")
        let (_, coverage) = plan(#"{"number": 2, "title": "B", "schemes": ["bhxh_bb", "bhxh"], "columns": {"hide": ["coverage"]}}"#)
        #expect(coverage.contains { $0.contains("error: \"coverage\" is not a column of a side-by-side table; its columns are base, participants or growth") }, "\(coverage)")
    }
}
