import BHXHAudit

/// A small appendix table whose figures all agree, to change one cell at a time.
enum SmallTable {
    /// Title lines, two heading rows, two districts, the agency and the total.
    static let lines = [
        "PHỤ LỤC 2",
        "KẾ HOẠCH PHÁT TRIỂN ĐỐI TƯỢNG THAM GIA BẢO HIỂM THẤT NGHIỆP",
        "(Kèm theo Kế hoạch số 12/KH-UBND ngày 05 tháng 01 năm 2019 của Ủy ban nhân dân tỉnh X)",
        "TT,Tên đơn vị,Năm 2018,Năm 2018,Năm 2018,Kế hoạch năm 2019,Kế hoạch năm 2019,Kế hoạch năm 2019,Kế hoạch năm 2019",
        ",,Ước thực hiện năm 2018,Lực lượng lao động,% so với lực lượng lao động,Số người tham gia,Lực lượng lao động,"
            + "% so với lực lượng lao động,Tốc độ tăng so với năm 2018 (%)",
        "1,Huyện A,1.000,10.000,\"10,00\",1.100,10.000,\"11,00\",10",
        "2,Huyện B,500,5.000,\"10,00\",550,5.000,\"11,00\",10",
        "3,BHXH tỉnh,200,-,-,220,-,-,10",
        ",Toàn tỉnh,1.700,15.000,\"11,33\",1.870,15.000,\"12,47\",10",
    ]

    /// The table's text with `changes` applied: line number (1-based) → the line's new text.
    static func text(_ changes: [Int: String] = [:]) -> String {
        lines.enumerated().map { changes[$0.offset + 1] ?? $0.element }.joined(separator: "\n") + "\n"
    }

    /// The table with `changes` as an input named `path`.
    static func input(_ changes: [Int: String] = [:], path: String = "table.csv") -> Audit.Input {
        Fixtures.table(text(changes), path: path)
    }

    /// The findings of the table with `changes`, as CSV rows.
    static func findings(_ changes: [Int: String] = [:], options: AuditOptions = AuditOptions()) -> [String] {
        Fixtures.csvRows([input(changes)], options: options)
    }
}
