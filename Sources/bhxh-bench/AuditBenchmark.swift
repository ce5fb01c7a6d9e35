import BHXHAudit
import Foundation

/// `audit`: `bhxh-report audit` of one appendix table of 100,000 rows (seed 000's Phụ lục 1, its
/// eight districts repeated with numbered names, then its agency and total rows), read from disk
/// and reported as text, against `cp -r` of the file; then the same with the districts' coverages
/// worked out right, so that only the total row has findings (reading and checking, little text).
func auditBenchmark() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bhxh-bench-audit-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, clean) in [("audit (100,000 rows)", false), ("audit (100,000 rows, few findings)", true)] {
        let file = folder.appendingPathComponent(clean ? "phu-luc-1-clean.csv" : "phu-luc-1.csv")
        let table = auditTable(rows: 100_000, clean: clean)
        try Data(table).write(to: file)
        var findings = 0
        print("\(name): \(table.count / 1_000_000) MB")
        try measure(name, bytes: table.count, floor: file) {
            let report = Audit.run([Audit.Input(path: file.lastPathComponent, bytes: [UInt8](try Data(contentsOf: file)))])
            findings = report.findings.count
            precondition(!FindingsText.bytes(report).isEmpty)
        }
        print("\(name): \(findings) findings")
    }
}

/// Seed 000's Phụ lục 1 (Tests/Fixtures/seed000) with `rows` rows: its eight districts over and
/// over ("Chợ Đồn 12"), its agency row and its total row, UTF-8 with a byte order mark, CRLF.
/// `clean`: the districts with every coverage participants ÷ labour force × 100 rounded half up to
/// three decimals and no growth, so that only the total row (not their sum) has findings.
func auditTable(rows: Int, clean: Bool = false) -> [UInt8] {
    let headings = """
        PHỤ LỤC 1,,,,,,,,,,,,,
        KẾ HOẠCH PHÁT TRIỂN ĐỐI TƯỢNG THAM GIA BẢO HIỂM XÃ HỘI BẮT BUỘC ĐẾN NĂM 2020,,,,,,,,,,,,,
        (Kèm theo Quyết định số: 1617/QĐ-UBND ngày 26 tháng 9 năm 2018 của Ủy ban nhân dân tỉnh Bắc Kạn),,,,,,,,,,,,,
        TT,Tên đơn vị,,Kế hoạch năm 2018,Kế hoạch năm 2018,Kế hoạch năm 2018,Kế hoạch năm 2019,Kế hoạch năm 2019,Kế hoạch năm 2019,Kế hoạch năm 2019,Kế hoạch năm 2020,Kế hoạch năm 2020,Kế hoạch năm 2020,Tốc độ phát triển (2020) so với KH 2019
        ,,Số đã thực hiện 8/2018,Ước thực hiện năm 2018,Lực lượng lao động,% so với lực lượng,Ước thực hiện 2019,Lực lượng lao động,% so với lực lượng,Tốc độ phát triển (2019 so với ước TH 2018),Ước thực hiện 2020,Lực lượng lao động,% so với lực lượng,
        """.split(separator: "\n")
    let districts: [(name: String, figures: String)] = [
        ("TP.Bắc Kạn", #"4.466,4.484,20.845,"21,511",4.551,20.845,"21,83316",15%,4.642,20.845,"22,269822",20%"#),
        ("Chợ Đồn", #"3.607,3.621,29.849,"12,132",3.676,29.849,"12,31448",,3.749,29.849,"12,561","#),
        ("Chợ Mới", #"2.071,2.081,21.171,"9,831",2.113,21.171,"9,978628",,2.155,21.171,"10,178201","#),
        ("Bạch Thông", #"1.660,1.668,18.804,"8,872",1.693,18.804,"9,005129",,1.727,18.804,"9,1852318","#),
        ("Na Rì", #"2.222,2.233,22.382,"9,977",2.267,22.382,"10,12692",,2.312,22.382,"10,329456","#),
        ("Ba Bể", #"2.147,2.158,28.397,"7,598",2.190,28.397,"7,712438",,2.234,28.397,"7,867","#),
        ("Ngân Sơn", #"1.458,1.465,16.981,"8,629",1.487,16.981,"8,758432",,1.517,16.981,"8,934","#),
        ("Pác Nặm", #"1.431,1.438,18.636,"7,717",1.460,18.636,"7,832836",,1.489,18.636,"7,9894928","#),
    ]
    let cleanFigures = [
        #"4.466,4.484,20.845,"21,511",4.551,20.845,"21,833",,4.642,20.845,"22,269","#,
        #"3.607,3.621,29.849,"12,131",3.676,29.849,"12,315",,3.749,29.849,"12,560","#,
        #"2.071,2.081,21.171,"9,829",2.113,21.171,"9,981",,2.155,21.171,"10,179","#,
        #"1.660,1.668,18.804,"8,870",1.693,18.804,"9,003",,1.727,18.804,"9,184","#,
        #"2.222,2.233,22.382,"9,977",2.267,22.382,"10,129",,2.312,22.382,"10,330","#,
        #"2.147,2.158,28.397,"7,599",2.190,28.397,"7,712",,2.234,28.397,"7,867","#,
        #"1.458,1.465,16.981,"8,627",1.487,16.981,"8,757",,1.517,16.981,"8,934","#,
        #"1.431,1.438,18.636,"7,716",1.460,18.636,"7,834",,1.489,18.636,"7,990","#,
    ]
    var lines = headings.map(String.init)
    for row in 0..<(rows - 2) {
        let district = clean ? (name: districts[row % districts.count].name, figures: cleanFigures[row % districts.count])
            : districts[row % districts.count]
        lines.append("\(row + 1),\(district.name) \(row / districts.count + 1),\(district.figures)")
    }
    lines.append("\(rows - 1),BHXH tỉnh,4.161,4.161,-,-,4.161,-,-,,4.161,-,-,")
    lines.append(#",Toàn tỉnh,23.223,23.310,177.065,"13,165",23.597,177.065,"13,327",,23.986,177.065,"13,547","#)
    return [0xEF, 0xBB, 0xBF] + Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
}
