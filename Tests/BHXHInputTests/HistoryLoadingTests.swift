import BHXHCore
import Foundation
import Testing
@testable import BHXHInput

/// A project with `history/`: the figures of old communes moved into the new ones, and every
/// problem of the folder said at its place.
@Suite struct HistoryLoadingTests {
    static let units = """
    code,name,kind,parent
    P,Tỉnh P,province,
    N1,Xã Một,commune,P
    N2,Xã Hai,commune,P
    """
    static let oldUnits = """
    code,name,kind,parent
    OP,Tỉnh cũ,province,
    D,Huyện cũ,district,OP
    O1,Xã Cũ Một,commune,D
    O2,Xã Cũ Hai,commune,D
    O3,Xã Cũ Ba,commune,D
    """
    static let crosswalk = """
    old_code,new_code,share
    O1,N1,
    O2,N1,"0,4"
    O2,N2,"0,6"
    O3,N2,1
    """

    /// Loads a scratch project made of `files` (relative path → text), then removes it.
    func load(_ files: [String: String]) throws -> ProjectLoader.Result {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bhxh-history-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (relative, text) in files {
            let url = root.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return ProjectLoader(folder: root, displayPath: "input").load()
    }

    func project(crosswalk: String = crosswalk, history: String = "unit,bhxh_bb\nO1,100\nO2,101\nO3,50\n",
                 extra: [String: String] = [:]) throws -> ProjectLoader.Result {
        try load(["units.csv": Self.units, "history/units.csv": Self.oldUnits, "history/crosswalk.csv": crosswalk,
                  "history/data/2020.csv": history, "data/2021.csv": "unit,bhxh_bb\nN1,150\nN2,120\n"].merging(extra) { $1 })
    }

    func messages(_ result: ProjectLoader.Result) -> [String] { result.diagnostics.map(\.description) }

    @Test func historyFiguresBecomeThatYearsDataInTheNewUnits() throws {
        let result = try project()
        #expect(messages(result) == [])
        let project = try #require(result.project)
        // O2's 101 over 0,4 / 0,6: 40,4 and 60,6 → 40 and 61 (the one left over to the larger remainder).
        // N1 = O1 100 + 40 = 140; N2 = 61 + O3 50 = 111; P = 251.
        let moved = try #require(project.data.dataset(year: 2020, status: .actual))
        #expect(moved.movedAcrossBoundary)
        #expect(project.data.years == [2020, 2021])
        #expect(project.data.wholeYear(.participants(.bhxhBB), unit: project.tree.index(of: "N1")!, year: 2020) == 140)
        #expect(project.data.wholeYear(.participants(.bhxhBB), unit: project.tree.index(of: "N2")!, year: 2020) == 111)
        #expect(project.data.wholeYear(.participants(.bhxhBB), unit: project.tree.index(of: "P")!, year: 2020) == 251)
        #expect(project.data.dataset(year: 2021, status: .actual)?.movedAcrossBoundary == false)
        // Messages about a moved figure point at the row of the first old unit feeding it (N2: O2, line 3).
        #expect(moved.location(of: .participants(.bhxhBB), unit: project.tree.index(of: "N2")!)?.description == "input/history/data/2020.csv:3:2")
    }

    @Test func aProjectWithoutHistoryIsReadAsBefore() throws {
        let result = try load(["units.csv": Self.units, "data/2021.csv": "unit,bhxh_bb\nN1,150\nN2,120\n"])
        #expect(messages(result) == [])
        #expect(result.project?.data.datasets.map(\.movedAcrossBoundary) == [false])
    }

    @Test func codesMustBeInTheirRegisters() throws {
        let result = try project(crosswalk: "old_code,new_code,share\nO1,N1,\nO9,N2,\nO2,N3,\nO3,N2,\n")
        #expect(messages(result) == [
            "input/history/crosswalk.csv:3:1: error: old unit \"O9\" is not in history/units.csv, the register the history was counted in; did you mean \"OP\"?",
            "input/history/crosswalk.csv:4:2: error: new unit \"N3\" is not in units.csv; did you mean \"N1\"?",
        ])
    }

    @Test func aUnitListedOnceMovesWhole() throws {
        let result = try project(crosswalk: "old_code,new_code,share\nO1,N1,\"0,5\"\nO2,N1,1\nO3,N2,\n")
        #expect(messages(result) == [
            "input/history/crosswalk.csv:2:3: error: old unit O1 (Xã Cũ Một) is listed only once, so it moves whole into N1 (Xã Một): leave the share empty or write 1, not 0,5 (if part of it went elsewhere, add a row for each part)",
        ])
    }

    @Test func aSplitUnitNeedsAShareOnEveryRow() throws {
        let result = try project(crosswalk: "old_code,new_code,share\nO1,N1,\nO2,N1,\"0,4\"\nO2,N2,\nO3,N2,\n")
        #expect(messages(result) == [
            "input/history/crosswalk.csv:4:3: error: old unit O2 (Xã Cũ Hai) is split over 2 new units (lines 3, 4): fill in the share of O2 that went into N2 (Xã Hai)",
        ])
    }

    @Test func theSharesOfASplitUnitAddUpToExactlyOne() throws {
        let result = try project(crosswalk: "old_code,new_code,share\nO1,N1,\nO2,N1,\"0,4\"\nO2,N2,\"0,59\"\nO3,N2,\n")
        #expect(messages(result) == [
            "input/history/crosswalk.csv:4:3: error: the shares of old unit O2 (Xã Cũ Hai) on lines 3, 4 add up to 0,99, not 1; correct them so that the whole unit is counted once",
        ])
        // Shares may be percentages, added exactly: 40% + 60% is 1.
        #expect(messages(try project(crosswalk: "old_code,new_code,share\nO1,N1,\nO2,N1,40%\nO2,N2,60%\nO3,N2,\n")) == [])
    }

    @Test func aShareIsANumberAboveZeroAndAtMostOne() throws {
        let result = try project(crosswalk: "old_code,new_code,share\nO1,N1,\nO2,N1,nửa\nO2,N2,\"1,5\"\nO3,N2,\n")
        #expect(messages(result) == [
            "input/history/crosswalk.csv:3:3: error: \"nửa\" is not a share; write the part of the old unit that went into the new one as a number like 0,4 (or 40%), or leave it empty when the whole unit went there",
            "input/history/crosswalk.csv:4:3: error: the share \"1,5\" must be more than 0 and at most 1 (like 0,4 or 40%)",
        ])
    }

    @Test func aUnitAndOneAboveItCannotBothBeListed() throws {
        // Old: O1, O2 and O3 lie inside D; new: N1 and N2 lie inside P. Each said once, at its first row.
        let result = try project(crosswalk: "old_code,new_code,share\nD,N1,\nO1,N1,\nO2,N2,\nO3,P,\n")
        #expect(messages(result) == [
            "input/history/crosswalk.csv:3:1: error: old unit O1 lies inside D (Huyện cũ), which is listed too (line 2), so its figures would be counted twice; list either D or the units inside it, not both",
            "input/history/crosswalk.csv:4:1: error: old unit O2 lies inside D (Huyện cũ), which is listed too (line 2), so its figures would be counted twice; list either D or the units inside it, not both",
            "input/history/crosswalk.csv:5:1: error: old unit O3 lies inside D (Huyện cũ), which is listed too (line 2), so its figures would be counted twice; list either D or the units inside it, not both",
            "input/history/crosswalk.csv:2:2: error: new unit N1 lies inside P (Tỉnh P), which is listed too (line 5), so its figures would be counted twice; list either P or the units inside it, not both",
            "input/history/crosswalk.csv:4:2: error: new unit N2 lies inside P (Tỉnh P), which is listed too (line 5), so its figures would be counted twice; list either P or the units inside it, not both",
        ])
    }

    @Test func aHistoryRowMustBeAnOldUnit() throws {
        let result = try project(history: "unit,bhxh_bb\nO1,100\nN2,101\n")
        #expect(messages(result) == [
            "input/history/data/2020.csv:3:1: error: unit \"N2\" is not in history/units.csv; did you mean \"O2\"?",
        ])
    }

    @Test func aYearAndKindOfFileIsInOneFolderOnly() throws {
        let result = try project(extra: ["data/2020.csv": "unit,bhxh_bb\nN1,140\n"])
        #expect(messages(result) == [
            "input/history/data/2020.csv: error: data/2020.csv already gives these figures (thực hiện năm 2020); keep each year in one folder only: history/data/ in the old units' codes, data/ in the new ones",
        ])
        // An estimate of the same year is another kind of file.
        #expect(messages(try project(extra: ["data/2020.estimate.csv": "unit,bhxh_bb\nN1,140\n"])) == [])
    }

    @Test func oldAggregatesOutsideTheCrosswalkAreNotMovedAndCommunesLeftOutAreWarned() throws {
        // D's own row is not moved (its communes are); O3 is in no row of the crosswalk.
        let result = try project(crosswalk: "old_code,new_code,share\nO1,N1,\nO2,N2,\n",
                                 history: "unit,bhxh_bb\nD,999\nO1,100\nO2,101\nO3,50\n",
                                 extra: ["history/data/2019.csv": "unit,labour_force,bhxh_bb\nO3,800,40\n"])
        #expect(messages(result) == [
            "input/history/data/2019.csv:2:2: warning: old unit O3 (Xã Cũ Ba) has figures but is not in history/crosswalk.csv, so they are counted in no new unit (it has figures in 2 files of history/data/); add a row saying which new unit it went into",
        ])
        let project = try #require(result.project)
        #expect(project.data.wholeYear(.participants(.bhxhBB), unit: project.tree.index(of: "P")!, year: 2020) == 201)
    }

    @Test func communesMovedWithTheirDistrictAreNotLeftBehind() throws {
        // D (O1 + O2 + O3 = 100 + 101 + 50 = 251) moves whole into N1: no warning for its communes.
        let result = try project(crosswalk: "old_code,new_code,share\nD,N1,\n")
        #expect(messages(result) == [])
        let project = try #require(result.project)
        #expect(project.data.wholeYear(.participants(.bhxhBB), unit: project.tree.index(of: "N1")!, year: 2020) == 251)
        #expect(project.data.wholeYear(.participants(.bhxhBB), unit: project.tree.index(of: "N2")!, year: 2020) == nil)
    }

    @Test func historyNeedsItsRegisterAndCrosswalk() throws {
        let result = try load(["units.csv": Self.units, "history/data/2020.csv": "unit,bhxh_bb\nO1,1\n"])
        #expect(messages(result) == [
            "input/history/units.csv: error: the file is missing",
            "input/history/crosswalk.csv: error: the file is missing",
        ])
    }
    /// Every part is parsed together on all cores once the registers are read; their problems still
    /// come in the order of the folder: units, data/, history/ (register, crosswalk, data), plans, reports.
    @Test func problemsOfEveryPartComeInTheFoldersOrder() throws {
        let result = try project(crosswalk: "old_code,new_code,share\nO1,N1,\nO9,N2,\nO2,N1,\nO3,N2,\n",
                                 history: "unit,bhxh_bb\nO1,-5\nO2,101\nO3,50\n",
                                 extra: ["data/2021.csv": "unit,bhxh_bb\nN1,abc\nN2,120\n", "data/notes.txt": "x",
                                         "plans/p.json": "{\"bogus\": 1}", "reports/a.json": "{\"nope\": 2}",
                                         "reports/b!.json": "{}", "reports/c.json": "{\"plan\": \"q\"}"])
        // The files in the order their problems come (a file with several problems named once).
        let paths = result.diagnostics.map { $0.location?.path ?? "" }.reduce(into: [String]()) { files, path in
            if files.last != path { files.append(path) }
        }
        #expect(paths == [
            "input/data/notes.txt", "input/data/2021.csv",
            "input/history/crosswalk.csv", "input/history/data/2020.csv",
            "input/plans/p.json",
            "input/reports/a.json", "input/reports/b!.json", "input/reports/c.json",
        ])
    }
}
