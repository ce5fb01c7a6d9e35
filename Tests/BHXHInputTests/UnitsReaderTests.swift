import BHXHCore
import Testing
@testable import BHXHInput

@Suite struct UnitsReaderTests {
    func read(_ text: String) -> (UnitTree?, [String]) {
        let (tree, diagnostics) = UnitsReader.read(bytes: Array(text.utf8), path: "input/units.csv")
        return (tree, diagnostics.map(\.description))
    }

    @Test func readsUnitsInDisplayOrderWithTheirParents() throws {
        let (tree, problems) = read("""
        code,name,kind,parent
        BK,Tỉnh Bắc Kạn,province,
        BK-TP,Thành phố Bắc Kạn,city,BK
        BK-CD,Huyện Chợ Đồn,district,BK
        BK-CD-1,Xã Bằng Lũng,commune,BK-CD
        BK-BHXH,BHXH tỉnh,agency,BK
        """)
        #expect(problems.isEmpty)
        let units = try #require(tree)
        #expect(units.units.map(\.code) == ["BK", "BK-TP", "BK-CD", "BK-CD-1", "BK-BHXH"])
        #expect(units.children[0].map { units.units[$0].code } == ["BK-TP", "BK-CD", "BK-BHXH"])
        #expect(units.units[4].kind == .agency)
        #expect(units.units[3].source == SourceRef(path: "input/units.csv", line: 5, column: 1))
    }

    @Test func acceptsVietnameseHeadersAndKinds() throws {
        let (tree, problems) = read("""
        Mã,Tên đơn vị,Loại,Cấp trên
        T,Tỉnh T,Tỉnh,
        H,Huyện H,huyện,T
        X,Xã X,Xã,H
        """)
        #expect(problems.isEmpty)
        #expect(tree?.units.map(\.kind) == [.province, .district, .commune])
    }

    @Test func reportsEveryProblemAtItsCell() {
        let (tree, problems) = read("""
        code,name,kind,parent
        P,Tỉnh P,province,
        A,Huyện A,distrct,P
        A,Huyện A bis,district,P
        B,Huyện B,district,PP
        ../x,Xã,commune,P
        ,Không mã,commune,P
        """)
        #expect(tree == nil)
        #expect(problems == [
            "input/units.csv:3:3: error: unknown unit kind \"distrct\" (did you mean \"district\"?); use country, province, city, district, urban_district, town, commune, ward, township, special or agency",
            "input/units.csv:4:1: error: the code \"A\" is already used on line 3; each unit needs its own code",
            "input/units.csv:6:1: error: the code \"../x\" cannot be used: codes become file names, so use letters, digits, \"-\", \"_\" and \".\" only (not starting with \".\")",
            "input/units.csv:7:1: error: the unit has no code",
            "input/units.csv:5:4: error: the parent \"PP\" of B is not a unit code in this file; did you mean \"P\"?",
        ])
    }

    @Test func noUnitMayHaveTheCodeOfTheListOfAllUnits() {
        let (tree, problems) = read("code,name,kind,parent\nP,Tỉnh P,province,\nIndex,Xã Index,commune,P\n")
        #expect(tree == nil)
        #expect(problems == ["input/units.csv:3:1: error: the code \"Index\" cannot be used: units/index.html is the site's list of all units, so give this unit another code"])
    }

    @Test func aCycleOfParentsIsReportedOnce() {
        let (tree, problems) = read("""
        code,name,kind,parent
        A,A,district,C
        B,B,district,A
        C,C,district,B
        D,D,commune,A
        """)
        #expect(tree == nil)
        #expect(problems == ["input/units.csv:2:4: error: the parents go round in a circle (A → C → B → A); one of them must have another parent"])
    }

    @Test func eachCircleIsReportedOnceWhateverLeadsIntoIt() {
        // E leads into the circle F → G → F, found from E and reported at F, where it closes; H leads
        // into it through E and adds nothing; X is its own parent.
        let (tree, problems) = read("""
        code,name,kind,parent
        P,P,province,
        E,E,commune,F
        F,F,district,G
        G,G,district,F
        H,H,commune,E
        X,X,district,X
        Q,Q,commune,P
        """)
        #expect(tree == nil)
        #expect(problems == ["input/units.csv:4:4: error: the parents go round in a circle (F → G → F); one of them must have another parent",
                             "input/units.csv:7:4: error: the parents go round in a circle (X → X); one of them must have another parent"])
    }

    @Test func missingColumnsAndEmptyFilesAreErrors() {
        #expect(read("code,name,kind\nP,P,province\n").1 == ["input/units.csv:1: error: the required column \"parent\" is missing from the first row"])
        #expect(read("").1 == ["input/units.csv: error: the file is empty; its first row must name the columns (code,name,kind,parent, …)"])
        #expect(read("code,name,kind,parent\n").1 == ["input/units.csv: error: the file lists no units"])
    }

    @Test func unknownColumnsAreWarningsWithASuggestion() {
        let (tree, problems) = read("code,name,kind,parnet,Ghi chú\nP,P,province,,x\n")
        #expect(tree == nil)
        #expect(problems.contains("input/units.csv:1:4: warning: column \"parnet\" is not one this file can have, so it is ignored; did you mean \"parent\"?"))
        #expect(problems.contains("input/units.csv:1:5: warning: column \"Ghi chú\" is not one this file can have, so it is ignored"))
    }

    @Test func readsEveryKindOfTheCountryInEnglishOrVietnamese() throws {
        let (tree, problems) = read("""
        code,name,kind,parent
        VN,Việt Nam,country,
        T,Tỉnh T,province,VN
        TP,Thành phố P,city,VN
        H,Huyện H,district,T
        Q,Quận Q,urban_district,TP
        TX,Thị xã X,town,T
        X,Xã X,commune,H
        P,Phường P,ward,Q
        TT,Thị trấn T,township,H
        DK,Đặc khu D,special,VN
        A,BHXH tỉnh,agency,T
        Q2,Quận Hai,Quận,TP
        TT2,Thị trấn Hai,Thị trấn,H
        TX2,Thị xã Hai,thị xã,T
        VN2,Nước,Toàn quốc,
        """)
        #expect(problems.isEmpty)
        let kinds = try #require(tree).units.map(\.kind)
        #expect(kinds == [.country, .province, .city, .district, .urbanDistrict, .town, .commune, .ward, .township,
                          .special, .agency, .urbanDistrict, .township, .town, .country])
        // The words of total rows, as official tables print them.
        #expect(kinds.prefix(11).map(\.wholeAreaName) == [
            "Toàn quốc", "Toàn tỉnh", "Toàn thành phố", "Toàn huyện", "Toàn quận", "Toàn thị xã", "Toàn xã",
            "Toàn phường", "Toàn thị trấn", "Toàn đặc khu", "Tổng cộng",
        ])
    }
}
